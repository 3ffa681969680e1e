import { expect, test } from "@playwright/test";
import { watchConsole } from "./page-helpers";

/** One URL of every route type, with the heading and title a visitor must see. */
const PAGES = [
  { url: "/", heading: "Glass Heart Wiki", title: "Glass Heart Wiki" },
  { url: "/characters", heading: "Characters", title: "Characters · Glass Heart Wiki" },
  { url: "/characters/naoki-fujitani", heading: "Naoki Fujitani", title: "Naoki Fujitani · Glass Heart Wiki" },
  { url: "/people", heading: "Cast & crew", title: "Cast & crew · Glass Heart Wiki" },
  { url: "/people/takeru-satoh", heading: "Takeru Satoh", title: "Takeru Satoh · Glass Heart Wiki" },
  { url: "/members", heading: "Band members", title: "Band members · Glass Heart Wiki" },
  { url: "/bands", heading: "Bands", title: "Bands · Glass Heart Wiki" },
  { url: "/bands/over-chrome", heading: "OVER CHROME", title: "OVER CHROME · Glass Heart Wiki" },
  { url: "/episodes", heading: "Episodes", title: "Episodes · Glass Heart Wiki" },
  { url: "/episodes/8", heading: "Episode 8", title: "Episode 8 · Glass Heart Wiki" },
  { url: "/episodes/10", heading: "Episode 10: Glass Heart", title: "Episode 10: Glass Heart · Glass Heart Wiki" },
  { url: "/songs", heading: "Songs", title: "Songs · Glass Heart Wiki" },
  { url: "/songs/matrix", heading: "MATRIX", title: "MATRIX · Glass Heart Wiki" },
  { url: "/reviews", heading: "Reviews", title: "Reviews · Glass Heart Wiki" },
  { url: "/reviews/areyoudewhy", heading: /^Review: AreYouDeWhy/, title: /^Review: AreYouDeWhy/ },
  { url: "/search", heading: "Search", title: "Search · Glass Heart Wiki" },
  { url: "/about", heading: "About", title: "About · Glass Heart Wiki" },
  { url: "/settings", heading: "Reading settings", title: "Reading settings · Glass Heart Wiki" },
];

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;");

for (const page of PAGES) {
  test(`${page.url} has its content in the HTML before any script runs`, async ({ request }) => {
    const response = await request.get(page.url);
    expect(response.status()).toBe(200);
    const html = await response.text();
    // The heading's text; a title in its own language is wrapped in a <span lang>.
    const h1 = /<h1[^>]*>(.*?)<\/h1>/s
      .exec(html)?.[1]
      ?.replace(/<!--.*?-->/g, "")
      .replace(/<[^>]+>/g, "");
    if (typeof page.heading === "string") expect(h1).toBe(escapeHtml(page.heading));
    else expect(h1).toMatch(page.heading);
    expect(html).toMatch(/<meta name="description" content="[^"]{20,}"/);
  });

  test(`${page.url} opens directly and hydrates without console errors`, async ({ page: tab }) => {
    const problems = watchConsole(tab);
    await tab.goto(page.url);
    await expect(tab.getByRole("heading", { level: 1 })).toHaveText(page.heading);
    await expect(tab).toHaveTitle(page.title);
    await tab.waitForLoadState("networkidle");
    expect(problems).toEqual([]);
  });
}

test("a reload on a deep link shows the same page", async ({ page }) => {
  await page.goto("/episodes/8");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Episode 8");
  await expect(page).toHaveTitle("Episode 8 · Glass Heart Wiki");
});

test("a search query in the URL survives the deep link", async ({ page }) => {
  await page.goto("/search?q=toya");
  await expect(page.getByRole("searchbox", { name: "Search query" })).toHaveValue("toya");
});
