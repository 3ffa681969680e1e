import { readFileSync } from "node:fs";
import type { Page, Response } from "@playwright/test";

/**
 * The browser says this itself when the config's `serviceWorkers: "block"` stops the wiki
 * registering its worker; the wiki handles the refusal, so it is not the page's problem.
 */
const BLOCKED_WORKER = /^Service Worker registration blocked by Playwright$/;

/** Collects console errors and warnings and uncaught page errors, with the URL that caused each. */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (BLOCKED_WORKER.test(message.text())) return;
    if (message.type() === "error" || message.type() === "warning") {
      problems.push(`${message.type()}: ${message.text()} ${JSON.stringify(message.location())}`);
    }
  });
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

/**
 * Opens a page and waits until the app has started (pages paint first and start
 * a frame later).
 */
export async function gotoStarted(
  page: Page,
  url: string,
  options: { timeout?: number } = {},
): Promise<Response | null> {
  const response = await page.goto(url);
  await waitForStart(page, options);
  return response;
}

/** Waits until the open page's app has started: the header's "Watched up to" control is enabled only then. */
export async function waitForStart(page: Page, options: { timeout?: number } = {}): Promise<void> {
  await page
    .getByRole("banner")
    .getByRole("combobox", { name: "Watched up to" })
    .and(page.locator(":enabled"))
    .waitFor(options);
}

/**
 * Every page path the sitemap of the build under test lists. Read from disk when the
 * spec loads, so that a sweep over them can be declared as several tests.
 */
export function sitemapPaths(): string[] {
  const xml = readFileSync(new URL("../../build/client/sitemap.xml", import.meta.url), "utf8");
  return [...xml.matchAll(/<loc>https?:\/\/[^/<]+(\/[^<]*)<\/loc>/g)].map((m) => m[1] ?? "/");
}

/** Splits a sweep into batches, each its own test with its own time limit, shared between workers. */
export function inBatches<T>(items: readonly T[], size: number): { label: string; items: T[] }[] {
  const batches: { label: string; items: T[] }[] = [];
  for (let first = 0; first < items.length; first += size) {
    const batch = items.slice(first, first + size);
    batches.push({
      label: `${String(first + 1)}–${String(first + batch.length)} of ${String(items.length)}`,
      items: batch,
    });
  }
  return batches;
}
