import { afterEach, describe, expect, it, vi } from "vitest";
import { STALE_CHUNK_KEY, clearStaleChunkMarker, reloadOnceOnStaleChunk } from "./stale-chunk-reload";

function fakeWindow() {
  const target = new EventTarget();
  const reload = vi.fn();
  const win = Object.assign(target, { sessionStorage: window.sessionStorage, location: { reload } });
  return { win: win as unknown as Window, reload };
}

const preloadError = () => new Event("vite:preloadError", { cancelable: true });

describe("reloadOnceOnStaleChunk", () => {
  afterEach(() => {
    sessionStorage.clear();
  });

  it("reloads once when a chunk of an older deploy fails to load, and never loops", () => {
    const { win, reload } = fakeWindow();
    reloadOnceOnStaleChunk(win);
    const first = preloadError();
    win.dispatchEvent(first);
    expect(reload).toHaveBeenCalledTimes(1);
    expect(first.defaultPrevented).toBe(true);

    // The reload did not help: the error is left to the error boundary.
    const second = preloadError();
    win.dispatchEvent(second);
    expect(reload).toHaveBeenCalledTimes(1);
    expect(second.defaultPrevented).toBe(false);
  });

  it("may reload again after the app has started successfully", () => {
    const { win, reload } = fakeWindow();
    reloadOnceOnStaleChunk(win);
    win.dispatchEvent(preloadError());
    clearStaleChunkMarker(win);
    expect(sessionStorage.getItem(STALE_CHUNK_KEY)).toBeNull();
    win.dispatchEvent(preloadError());
    expect(reload).toHaveBeenCalledTimes(2);
  });
});
