import { afterEach, describe, expect, it, vi } from "vitest";
import { STALE_CHUNK_KEY, latestDeploy, reloadOnceOnStaleChunk } from "./stale-chunk-reload";

function fakeWindow(deploy = "aaaa1111") {
  const target = new EventTarget();
  const reload = vi.fn();
  const win = Object.assign(target, {
    sessionStorage: window.sessionStorage,
    location: { reload },
    __reactRouterManifest: { version: deploy },
  });
  return { win: win as unknown as Window, reload };
}

const preloadError = () => new Event("vite:preloadError", { cancelable: true });
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("reloadOnceOnStaleChunk", () => {
  afterEach(() => {
    sessionStorage.clear();
  });

  it("reloads once when a newer deploy replaced the chunks, and never loops", async () => {
    const { win, reload } = fakeWindow();
    reloadOnceOnStaleChunk(win, () => Promise.resolve("bbbb2222"));
    const first = preloadError();
    win.dispatchEvent(first);
    await settle();
    expect(reload).toHaveBeenCalledTimes(1);
    // The failed import still fails, so a load in flight reaches its retries and the boundary.
    expect(first.defaultPrevented).toBe(false);

    // The reload brought the old page again (a cache in the way): no second reload.
    win.dispatchEvent(preloadError());
    await settle();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it("reloads again for a later deploy", async () => {
    const { win, reload } = fakeWindow();
    let latest = "bbbb2222";
    reloadOnceOnStaleChunk(win, () => Promise.resolve(latest));
    win.dispatchEvent(preloadError());
    await settle();
    latest = "cccc3333";
    win.dispatchEvent(preloadError());
    await settle();
    expect(reload).toHaveBeenCalledTimes(2);
  });

  it.each([
    ["the same deploy is still live (a network drop)", () => Promise.resolve("aaaa1111")],
    ["the check itself fails (offline)", () => Promise.reject(new TypeError("Failed to fetch"))],
    ["the answer names no deploy", () => Promise.resolve(undefined)],
  ])("does not reload when %s", async (_, findLatest) => {
    const { win, reload } = fakeWindow();
    reloadOnceOnStaleChunk(win, findLatest);
    win.dispatchEvent(preloadError());
    await settle();
    expect(reload).not.toHaveBeenCalled();
    expect(sessionStorage.getItem(STALE_CHUNK_KEY)).toBeNull();
  });
});

describe("latestDeploy", () => {
  it("asks for the home page past every cache and reads its manifest's version", async () => {
    const fetch = vi.fn(() =>
      Promise.resolve(new Response('<script>import "/assets/manifest-c7d1a13f.js";</script>', { status: 200 })),
    );
    const win = { fetch } as unknown as Window;
    await expect(latestDeploy(win)).resolves.toBe("c7d1a13f");
    expect(fetch).toHaveBeenCalledWith(expect.stringMatching(/^\/\?deploy-check=\d+$/), { cache: "no-store" });
  });
});
