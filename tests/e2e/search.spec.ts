import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { watchConsole } from "./page-helpers";

test("a reader types in the header box and opens a result with the keyboard only", async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto("/episodes/8");
  await page.waitForLoadState("networkidle");
  await page.keyboard.press("/");
  const box = page.getByRole("combobox", { name: "Search the wiki" });
  await expect(box).toBeFocused();
  await page.keyboard.type("ふじたに");
  const listbox = page.getByRole("listbox", { name: "Search results" });
  await expect(listbox.getByRole("option").first()).toContainText("Naoki Fujitani");
  await expect(listbox.getByRole("option").first()).toContainText("TENBLANK");
  await page.keyboard.press("ArrowDown");
  await expect(box).toHaveAttribute("aria-activedescendant", /.+/);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/characters\/naoki-fujitani$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Naoki Fujitani");
  expect(problems).toEqual([]);
});

test("Ctrl+K focuses the box and Escape closes the results", async ({ page }) => {
  await page.goto("/");
  await page.waitForLoadState("networkidle");
  await page.keyboard.press("Control+k");
  const box = page.getByRole("combobox", { name: "Search the wiki" });
  await expect(box).toBeFocused();
  await page.keyboard.type("the drummer");
  await expect(page.getByRole("option").first()).toContainText("Akane Saijo");
  await page.keyboard.press("Escape");
  await expect(box).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByRole("listbox", { name: "Search results" })).toBeHidden();
});

test("Enter without a chosen result opens the shareable results page", async ({ page }) => {
  await page.goto("/");
  await page.waitForLoadState("networkidle");
  await page.getByRole("combobox", { name: "Search the wiki" }).fill("Masaki Suda");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=Masaki\+Suda$/);
  await expect(page.getByRole("region", { name: "Search results" }).getByRole("link").first()).toHaveText(
    "Masaki Suda",
  );
});

test("/search?q= opened by URL shows the ordered results with hints", async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto("/search?q=Satoh");
  await expect(page.getByRole("searchbox", { name: "Search query" })).toHaveValue("Satoh");
  const results = page.getByRole("region", { name: "Search results" });
  const links = results.getByRole("link");
  await expect(links.first()).toHaveText("Takeru Satoh");
  await expect(links.first()).toHaveAttribute("href", "/people/takeru-satoh");
  await expect(results.getByRole("listitem").first()).toContainText("actor of Naoki Fujitani");
  await expect(results.getByRole("heading", { level: 2 }).first()).toHaveText("Cast & crew");
  await page.waitForLoadState("networkidle");
  expect(problems).toEqual([]);
});

test("a query with no match gets help, not an error", async ({ page }) => {
  await page.goto(`/search?q=${encodeURIComponent("(.*)[😀] \u202e")}`);
  await expect(page.getByRole("main").getByRole("status")).toContainText("No results");
  await expect(page.getByRole("main").getByRole("link", { name: "characters", exact: true })).toBeVisible();
});

test("the search box works without JavaScript as a form", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/characters");
  await page.getByRole("combobox", { name: "Search the wiki" }).fill("toya");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=toya$/);
  await context.close();
});

test("the open combobox passes an axe check", async ({ page }) => {
  await page.goto("/");
  await page.waitForLoadState("networkidle");
  await page.getByRole("combobox", { name: "Search the wiki" }).pressSequentially("toya");
  await expect(page.getByRole("option").first()).toContainText("Toya Shinzaki");
  await page.keyboard.press("ArrowDown");
  const results = await new AxeBuilder({ page }).include("header").analyze();
  expect(results.violations).toEqual([]);
});
