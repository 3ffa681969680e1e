import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { gotoStarted, inBatches, sitemapPaths } from "./page-helpers";
import { ROUTE_TYPES, THEMES, THEME_KEY } from "./route-types";

/** WCAG 2.2 level A and AA, the standard the wiki holds itself to. */
const WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

// The sweep over every page is an audit (`npm run audit:a11y`), tagged out of `npm test`:
// pages of one route type share their markup, and the route types below are checked in
// both themes and at both widths on every run.
const PAGE_PATHS = [...sitemapPaths(), "/no-such-page"];

test("the sitemap lists every page", () => {
  expect(PAGE_PATHS.length).toBeGreaterThan(100);
});

for (const batch of inBatches(PAGE_PATHS, 20)) {
  test(`pages ${batch.label} have no axe violations @sweep`, async ({ page }) => {
    test.setTimeout(180_000);
    const violations: string[] = [];
    for (const path of batch.items) {
      await page.goto(path);
      await page.getByRole("heading", { level: 1 }).waitFor();
      const result = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
      for (const v of result.violations) {
        violations.push(`${path}: ${v.id} (${v.impact ?? "?"}) ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      }
    }
    expect(violations).toEqual([]);
  });
}

for (const theme of THEMES) {
  test(`every route type has no axe violations in the ${theme} theme`, async ({ page }) => {
    test.setTimeout(300_000);
    await page.addInitScript(
      ({ key, value }) => {
        localStorage.setItem(key, value);
      },
      { key: THEME_KEY, value: theme },
    );
    const violations: string[] = [];
    // Both widths: the phone menu and the desktop row are different markup.
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 800 });
      for (const route of width === 1280 ? ROUTE_TYPES : ROUTE_TYPES.slice(0, 1)) {
        await gotoStarted(page, route.url);
        await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
        const result = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
        for (const v of result.violations) {
          violations.push(
            `${route.url} at ${String(width)} px: ${v.id} (${v.impact ?? "?"}) ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
          );
        }
      }
    }
    expect(violations).toEqual([]);
  });
}

test("the open phone menu has no axe violations in either theme", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  for (const theme of THEMES) {
    await page.emulateMedia({ colorScheme: theme });
    await gotoStarted(page, "/");
    await page.getByRole("button", { name: "Menu" }).click();
    const result = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
    expect(
      result.violations.map((v) => `${theme}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    ).toEqual([]);
  }
});
