import type { Page, Response } from "@playwright/test";

/** Collects console errors and warnings and uncaught page errors, with the URL that caused each. */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
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
