import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { brotliCompressSync, gzipSync } from "node:zlib";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { gotoStarted, waitForStart } from "./page-helpers";

// The service worker is the subject here, so the browser must be allowed to run it.
test.use({ serviceWorkers: "allow" });
// The update tests rewrite build/client/sw.js on disk, so this file's tests take turns.
test.describe.configure({ mode: "default" });

/** Waits until the service worker is installed (its precache complete), active and in control of the open page. */
async function waitForWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) => {
      navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true });
    });
  });
}

const heading = (page: Page) => page.getByRole("heading", { level: 1 });

test("after a first visit, visited and unvisited pages open offline", async ({ page, context }) => {
  // The first page loads before the worker exists; the worker keeps pages visited after it.
  await gotoStarted(page, "/episodes/8");
  await waitForWorker(page);
  await gotoStarted(page, "/characters/toya-shinzaki");

  await context.setOffline(true);

  // A visited page, reloaded: the copy the worker kept, started from the precached app.
  const reloaded = await page.reload();
  expect(reloaded?.fromServiceWorker()).toBe(true);
  await waitForStart(page);
  await expect(heading(page)).toHaveText("Toya Shinzaki");

  // A deep link to the episode, opened afresh.
  await gotoStarted(page, "/episodes/8");
  await expect(heading(page)).toHaveText("Episode 8");

  // Never visited: the offline shell starts the app, which renders the page from the precached data.
  const unvisited = await page.goto("/songs/senritsu-to-kessho");
  expect(unvisited?.fromServiceWorker()).toBe(true);
  await waitForStart(page);
  await expect(heading(page)).toHaveText("旋律と結晶");
  await expect(page).toHaveTitle(/旋律と結晶/);

  // And client-side navigation keeps working without the network.
  await page.getByRole("banner").getByRole("link", { name: "Bands" }).click();
  await expect(heading(page)).toHaveText("Bands");
});

test("the deploy check always reaches the network", async ({ page, context }) => {
  await gotoStarted(page, "/");
  await waitForWorker(page);
  const online = await page.evaluate(async () => (await fetch("/?deploy-check=1", { cache: "no-store" })).status);
  expect(online).toBe(200);
  await context.setOffline(true);
  // Had a cache answered, this would succeed offline.
  const offline = await page.evaluate(async () => {
    try {
      return (await fetch("/?deploy-check=2", { cache: "no-store" })).status;
    } catch {
      return "network error";
    }
  });
  expect(offline).toBe("network error");
});

test("each precached file's revision is the hash of the file as served", async ({ page, request }) => {
  await gotoStarted(page, "/");
  await waitForWorker(page);
  const keys = await page.evaluate(async () => {
    const names = await caches.keys();
    const precache = names.find((name) => name.includes("precache"));
    if (!precache) return [];
    const cache = await caches.open(precache);
    return (await cache.keys()).map((key) => key.url);
  });
  const entries = keys.map((key) => {
    const url = new URL(key);
    const revision = url.searchParams.get("__WB_REVISION__");
    url.searchParams.delete("__WB_REVISION__");
    return { path: url.pathname, revision };
  });
  const paths = entries.map((entry) => entry.path);
  expect(paths).toContain("/offline.html");
  expect(paths).toContain("/manifest.webmanifest");
  expect(paths.filter((path) => path.startsWith("/assets/") && path.endsWith(".js")).length).toBeGreaterThan(20);
  expect(paths.some((path) => path.endsWith(".css"))).toBe(true);
  // Lean: no preview images, compressed copies or pages.
  expect(paths.filter((path) => /^\/og\/|\.(br|gz|png)$|\/index\.html$/.test(path))).toEqual([]);

  for (const { path, revision } of entries) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const hash = createHash("md5")
      .update(await response.body())
      .digest("hex");
    expect(revision, path).toBe(hash);
  }
});

test("nginx serves the worker and the manifest fresh, with their types", async ({ request }) => {
  const worker = await request.get("/sw.js");
  expect(worker.status()).toBe(200);
  expect(worker.headers()["content-type"]).toMatch(/^application\/javascript/);
  expect(worker.headers()["cache-control"]).toBe("no-cache");

  const manifest = await request.get("/manifest.webmanifest");
  expect(manifest.status()).toBe(200);
  expect(manifest.headers()["content-type"]).toBe("application/manifest+json");
  expect(manifest.headers()["cache-control"]).toBe("no-cache");
  const parsed = (await manifest.json()) as { icons: { src: string; sizes: string; purpose: string }[] };
  for (const icon of parsed.icons) {
    const image = await request.get(icon.src);
    expect(image.status(), icon.src).toBe(200);
    expect(image.headers()["content-type"], icon.src).toBe("image/png");
  }
  expect(parsed.icons.map((icon) => icon.purpose)).toContain("maskable");
});

const WORKER_FILE = "build/client/sw.js";
let restoreWorker: (() => Promise<void>) | undefined;

/**
 * Deploys a changed sw.js, as the next build would, and makes the browser check
 * for it. The browser fetches a worker's script itself, out of reach of
 * Playwright's routing, so the file nginx serves is changed (with its .gz and
 * .br copies), and put back after the test.
 */
async function deployNewWorker(page: Page): Promise<void> {
  const variants = [WORKER_FILE, `${WORKER_FILE}.gz`, `${WORKER_FILE}.br`];
  const originals = await Promise.all(variants.map((file) => readFile(file)));
  restoreWorker = async () => {
    await Promise.all(variants.map((file, index) => writeFile(file, originals[index] ?? "")));
  };
  const next = Buffer.concat([originals[0] ?? Buffer.alloc(0), Buffer.from("\n// the next build\n")]);
  await writeFile(WORKER_FILE, next);
  await writeFile(`${WORKER_FILE}.gz`, gzipSync(next));
  await writeFile(`${WORKER_FILE}.br`, brotliCompressSync(next));
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
}

test.afterEach(async () => {
  await restoreWorker?.();
  restoreWorker = undefined;
});

const waitingWorker = (page: Page) =>
  page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return registration?.waiting !== null && registration?.waiting !== undefined;
  });

test("a new version waits for the reader, who can reload into it", async ({ page }) => {
  await gotoStarted(page, "/episodes/8");
  await waitForWorker(page);
  const prompt = page.getByRole("status").filter({ hasText: "Update available" });
  await expect(prompt).toHaveCount(0);

  await deployNewWorker(page);
  await expect(prompt).toBeVisible();
  // Nothing changed under the reader: the new version is still waiting.
  expect(await waitingWorker(page)).toBe(true);
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page })
      .include('[role="status"]')
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    expect(violations.map((v) => `${colorScheme}: ${v.id}`)).toEqual([]);
  }

  // Keyboard: the prompt comes right after the skip link.
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    Object.assign(window, { beforeUpdate: true });
  });
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(prompt.getByRole("button", { name: "Reload" })).toBeFocused();
  await Promise.all([page.waitForEvent("load"), page.keyboard.press("Enter")]);

  await waitForStart(page);
  expect(await page.evaluate(() => "beforeUpdate" in window)).toBe(false);
  await expect(heading(page)).toHaveText("Episode 8");
  expect(await waitingWorker(page)).toBe(false);
  await expect(prompt).toHaveCount(0);
});

test("Later keeps the current version and asks again on the next visit", async ({ page }) => {
  await gotoStarted(page, "/");
  await waitForWorker(page);
  await deployNewWorker(page);
  const prompt = page.getByRole("status").filter({ hasText: "Update available" });
  await prompt.getByRole("button", { name: "Later" }).click();
  await expect(prompt).toHaveCount(0);
  expect(await waitingWorker(page)).toBe(true);

  await gotoStarted(page, "/episodes");
  await expect(prompt).toBeVisible();
});
