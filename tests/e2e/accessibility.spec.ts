import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

/** WCAG 2.2 level A and AA, the standard the wiki holds itself to. */
const WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

test("every prerendered page has no axe violations", async ({ page, request }) => {
  test.setTimeout(240_000);
  const robots = await (await request.get("/robots.txt")).text();
  const site = /^Sitemap: (\S+)\/sitemap\.xml$/m.exec(robots)?.[1] ?? "";
  const xml = await (await request.get("/sitemap.xml")).text();
  const pagePaths = [...xml.matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => (m[1] ?? "").replace(site, ""));
  expect(pagePaths.length).toBeGreaterThan(100);

  const violations: string[] = [];
  for (const path of [...pagePaths, "/no-such-page"]) {
    await page.goto(path);
    await page.getByRole("heading", { level: 1 }).waitFor();
    const result = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
    for (const v of result.violations) {
      violations.push(`${path}: ${v.id} (${v.impact ?? "?"}) ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    }
  }
  expect(violations).toEqual([]);
});
