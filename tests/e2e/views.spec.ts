import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { gotoStarted, watchConsole } from "./page-helpers";

const WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function watchUpTo(page: Page, label: string) {
  await page.getByRole("banner").getByRole("combobox", { name: "Watched up to" }).selectOption({ label });
}

const map = (page: Page) => page.getByRole("group", { name: "Relationship map" });
// Toya's half-brother tie to Naoki is revealed in episode 5.
const HALF_BROTHERS = '[data-edge="toya-shinzaki:half-brother:naoki-fujitani"]';

test("the relationship map opens by deep link, filters by band and follows Watched up to", async ({ page }) => {
  const problems = watchConsole(page);
  await gotoStarted(page, "/relationships");
  await expect(page).toHaveTitle("Relationships · Glass Heart Wiki");
  await expect(map(page).getByRole("link", { name: "Naoki Fujitani" })).toHaveAttribute(
    "href",
    "/characters/naoki-fujitani",
  );
  await expect(map(page).getByRole("link", { name: "Toya Shinzaki" })).toBeVisible();

  await watchUpTo(page, "Episode 4");
  await expect(map(page).locator(HALF_BROTHERS)).toHaveCount(0);
  await expect(page.getByRole("main")).not.toContainText(/half-brother/i);
  await watchUpTo(page, "Episode 5");
  await expect(map(page).locator(HALF_BROTHERS)).toHaveCount(1);
  await watchUpTo(page, "Episode 4");
  await expect(map(page).locator(HALF_BROTHERS)).toHaveCount(0);

  await page.getByRole("navigation", { name: "Show the map for" }).getByRole("link", { name: "OVER CHROME" }).click();
  await expect(page).toHaveURL(/\/relationships\?band=over-chrome$/);
  await expect(page.getByRole("status").filter({ hasText: "Showing" })).toHaveText(
    "Showing the members of OVER CHROME.",
  );
  await expect(map(page).getByRole("link", { name: "Toya Shinzaki" })).toBeVisible();
  await expect(map(page).getByRole("link", { name: "Naoki Fujitani" })).toHaveCount(0);

  // A shared filtered link opens filtered.
  await gotoStarted(page, "/relationships?band=tenblank");
  await expect(map(page).getByRole("link", { name: "Naoki Fujitani" })).toBeVisible();
  await expect(map(page).getByRole("link", { name: "Toya Shinzaki" })).toHaveCount(0);

  await map(page).getByRole("link", { name: "Akane Saijo" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Akane Saijo");
  expect(problems).toEqual([]);
});

test("the prerendered map draws no tie a new reader has not reached", async ({ page }) => {
  await page.route("**/*.js", (route) => route.abort());
  await page.goto("/relationships");
  await expect(map(page).getByRole("link", { name: "Toya Shinzaki" })).toBeVisible();
  await expect(map(page).locator(HALF_BROTHERS)).toHaveCount(0);
  const visible = await page.getByRole("main").innerText();
  expect(visible).not.toMatch(/half-brother/i);
});

test("the timeline opens by deep link and keeps later episodes behind the marker", async ({ page }) => {
  const problems = watchConsole(page);
  await gotoStarted(page, "/timeline");
  await expect(page).toHaveTitle("Timeline · Glass Heart Wiki");
  const episodes = page
    .getByRole("main")
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 2 }) });
  await expect(episodes).toHaveCount(10);
  const eight = episodes.filter({ has: page.getByRole("heading", { name: /^Episode 8\b/ }) });
  await expect(eight.getByRole("button", { name: "Show anyway" })).toBeVisible();
  await expect(eight).not.toContainText(/seriously ill/);

  await watchUpTo(page, "Episode 8");
  await expect(eight).toContainText(/seriously ill/);
  await expect(eight.getByRole("link", { name: /seriously ill/ }).first()).toHaveAttribute("href", "/episodes/8");
  await watchUpTo(page, "All episodes");
  const first = episodes.first();
  await expect(first.getByRole("link", { name: "MATRIX" })).toHaveAttribute("href", "/songs/matrix");
  expect(problems).toEqual([]);
});

for (const path of ["/relationships", "/timeline"]) {
  test(`${path} has no axe violations in either theme and no sideways scrolling on a phone`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await gotoStarted(page, path);
    await watchUpTo(page, "All episodes");
    for (const width of [375, 320]) {
      await page.setViewportSize({ width, height: 800 });
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
        `${String(width)} px`,
      ).toBeLessThanOrEqual(width);
    }
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      const result = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
      expect(
        result.violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
      ).toEqual([]);
    }
  });
}
