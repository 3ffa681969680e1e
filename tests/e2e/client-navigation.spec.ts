import { expect, test } from "@playwright/test";
import { gotoStarted, watchConsole } from "./page-helpers";

test("client-side navigation updates title, description and canonical, moves focus and announces the page", async ({
  page,
}) => {
  const problems = watchConsole(page);
  await gotoStarted(page, "/episodes");
  await page.getByRole("link", { name: "Episode 8", exact: true }).click();
  await expect(page).toHaveURL(/\/episodes\/8$/);
  await expect(page).toHaveTitle("Episode 8 · Glass Heart Wiki");
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toBeFocused();
  await expect(page.locator("[aria-live=assertive]")).toHaveText("Episode 8 · Glass Heart Wiki");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/episodes\/8$/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /.{20,}/);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}") as Record<
    string,
    unknown
  >;
  expect(jsonLd["@type"]).toBe("TVEpisode");
  expect(problems).toEqual([]);
});
