import { expect, test } from "@playwright/test";
import { watchConsole } from "./page-helpers";

const UNKNOWN = [
  "/no-such-page",
  "/episodes/0",
  "/episodes/11",
  "/episodes/abc",
  "/characters/nobody",
  "/bands/over-chrom",
  "/songs/unknown-song",
];

for (const url of UNKNOWN) {
  test(`${url} answers 404 and shows the not-found page`, async ({ page }) => {
    const problems = watchConsole(page);
    const response = await page.goto(url);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(page).toHaveTitle("Page not found · Glass Heart Wiki");
    await expect(page.getByRole("link", { name: "Go to the home page" })).toHaveAttribute("href", "/");
    await expect(page.getByRole("link", { name: "Search the wiki" })).toHaveAttribute("href", "/search");
    // The document itself is the one expected failure: its 404 status.
    expect(problems.filter((p) => !p.includes("404 (Not Found)"))).toEqual([]);
  });
}

test("the build has a real 404.html with links home and to search, even without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("link", { name: "home page" })).toHaveAttribute("href", "/");
  await expect(page.getByRole("link", { name: "search", exact: true })).toHaveAttribute("href", "/search");
  await context.close();
});
