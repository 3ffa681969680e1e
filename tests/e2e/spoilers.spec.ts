import { expect, test, type Page } from "@playwright/test";
import { watchConsole } from "./page-helpers";

/** Sets "Watched up to" with the header control, as a reader would. */
async function watchUpTo(page: Page, label: string) {
  await page.getByRole("banner").getByRole("combobox", { name: "Watched up to" }).selectOption({ label });
}

// Toya Shinzaki's half-brother tie to Naoki Fujitani is revealed in episode 5, his stabbing in 6.
const LATER_TWISTS = [/half-brother/i, /stabbed/i];

test("a reader at episode 4 meets no later twist on Toya's page, can show one, and sees all at the end", async ({
  page,
}) => {
  const problems = watchConsole(page);
  await page.goto("/");
  await watchUpTo(page, "Episode 4");

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Characters" }).click();
  await page.getByRole("link", { name: "Toya Shinzaki" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Toya Shinzaki");
  const main = page.getByRole("main");
  const relationships = page.getByRole("region", { name: "Relationships" });
  await expect(relationships.getByText("Revealed in episode 5")).toBeVisible();

  const visibleText = await main.innerText();
  const accessibilityTree = await main.ariaSnapshot();
  for (const twist of LATER_TWISTS) {
    expect(visibleText).not.toMatch(twist);
    expect(accessibilityTree).not.toMatch(twist);
  }
  // What episodes 1 to 4 show stays on the page.
  await expect(main).toContainText("At a studio lounge piano he goads Akane");

  // Show just the one relationship.
  const showAnyway = relationships.getByRole("button", { name: "Show anyway" });
  await expect(showAnyway).toHaveAccessibleDescription("Revealed in episode 5");
  await showAnyway.focus();
  await page.keyboard.press("Enter");
  await expect(relationships.getByText(/half-brother of/i)).toBeVisible();
  await expect(main).not.toContainText(/stabbed/i);

  await watchUpTo(page, "All episodes");
  await expect(main).toContainText(/stabbed in the stomach/i);
  await expect(main.getByRole("button", { name: "Show anyway" })).toHaveCount(0);
  expect(problems).toEqual([]);
});

test("a new reader sees episode 1's setup but none of the later story", async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto("/characters/naoki-fujitani");
  const main = page.getByRole("main");
  await expect(main.getByRole("button", { name: "Show anyway" }).first()).toBeVisible();
  await expect(main).toContainText("Founder and frontman of TENBLANK");
  const text = await main.innerText();
  expect(text).not.toMatch(/half-brother|brain tumour|seriously ill|stole his music/i);

  await page.goto("/episodes/1");
  await expect(page.getByRole("region", { name: "Synopsis" })).toContainText("outdoor rock festival");
  await expect(page.getByRole("region", { name: /haven’t watched/ })).toHaveCount(0);
  expect(problems).toEqual([]);
});

test("an episode beyond the setting is gated until the reader continues or marks it watched", async ({ page }) => {
  await page.goto("/episodes/8");
  await watchUpTo(page, "Episode 4");
  const gate = page.getByRole("region", { name: "You haven’t watched episode 8 yet" });
  await expect(gate).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Episode 8");
  await expect(page.getByRole("main")).not.toContainText(/seriously ill/);

  await gate.getByRole("button", { name: "Continue to episode 8" }).click();
  await expect(page.getByRole("region", { name: "Synopsis" })).toContainText("seriously ill");

  await page.goto("/episodes/9");
  await page.getByRole("button", { name: "I’ve watched this" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Watched" })).toHaveText("Watched: you are up to episode 9.");
  await expect(page.getByRole("banner").getByRole("combobox", { name: "Watched up to" })).toHaveValue("9");
  await expect(page.getByRole("region", { name: "Synopsis" })).toBeVisible();
});

test("without JavaScript the prerendered page keeps every twist closed", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/characters/naoki-fujitani");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Naoki Fujitani");
  const disclosures = page.locator("main details");
  expect(await disclosures.count()).toBeGreaterThan(5);
  for (const details of await disclosures.all()) await expect(details).not.toHaveAttribute("open");
  await expect(page.getByText(/brain tumour/)).toBeHidden();
  await expect(page.getByText(/half-brother of OVER CHROME/)).toBeHidden();
  expect(await page.getByRole("main").innerText()).not.toMatch(/half-brother|brain tumour/i);

  // A twist is one deliberate click away.
  const twist = disclosures.filter({ hasText: "Revealed in episode 8" }).first();
  await twist.locator("summary").click();
  await expect(twist).toHaveAttribute("open");
  await expect(twist.getByText(/brain tumour/)).toBeVisible();

  await page.goto("/episodes/8");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Episode 8");
  await expect(page.getByRole("region", { name: "You haven’t watched episode 8 yet" })).toBeVisible();
  await expect(page.getByText("Continue to episode 8")).toBeVisible();
  await expect(page.getByText(/seriously ill/).first()).toBeHidden();
  await context.close();
});
