import { expect, test } from "@playwright/test";
import { watchConsole } from "./page-helpers";

test("name order and macrons apply at once, on every page, without a reload", async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto("/characters/toya-shinzaki");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Toya Shinzaki");
  await page.getByRole("link", { name: "Reading settings" }).click();
  await page.getByRole("radio", { name: "Family name first (Fujitani Naoki)" }).check();
  await page.getByRole("checkbox", { name: /macrons/ }).check();
  await page.goBack();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Shinzaki Tōya");
  await expect(page.getByRole("link", { name: "Suda Masaki", exact: true })).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Bands" }).click();
  await page.getByRole("link", { name: "TENBLANK" }).first().click();
  const lineUp = page.getByRole("region", { name: "Line-up" });
  await expect(lineUp.getByRole("link", { name: "Saijō Akane" })).toBeVisible();
  await expect(lineUp.getByRole("link", { name: "Fujitani Naoki" })).toBeVisible();

  // The choice survives a reload and is read back from storage.
  await page.reload();
  await expect(lineUp.getByRole("link", { name: "Saijō Akane" })).toBeVisible();
  expect(problems).toEqual([]);
});

test("a change in one tab updates the other open tabs", async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto("/characters/toya-shinzaki");
  await second.goto("/characters/toya-shinzaki");
  await expect(second.getByRole("region", { name: "Relationships" })).not.toContainText(/half-brother/i);

  await first.getByRole("banner").getByRole("combobox", { name: "Watched up to" }).selectOption({ label: "Episode 5" });
  await expect(second.getByRole("region", { name: "Relationships" })).toContainText(/half-brother of/i);
  await expect(second.getByRole("banner").getByRole("combobox", { name: "Watched up to" })).toHaveValue("5");
});

test("a corrupted stored value falls back to the defaults, and reset clears a real one", async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto("/settings");
  await page.evaluate(() => {
    localStorage.setItem("glass-heart-wiki:reader-settings", "{not json");
  });
  await page.reload();
  await expect(page.getByRole("main").getByRole("combobox", { name: "Watched up to" })).toHaveValue("0");
  await expect(page.getByRole("radio", { name: "Given name first (Naoki Fujitani)" })).toBeChecked();

  await page.getByRole("main").getByRole("combobox", { name: "Watched up to" }).selectOption({ label: "Episode 6" });
  await page.getByRole("radio", { name: "Family name first (Fujitani Naoki)" }).check();
  await page.getByRole("button", { name: "Reset settings" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Settings reset");
  await expect(page.getByRole("banner").getByRole("combobox", { name: "Watched up to" })).toHaveValue("0");
  await expect(page.getByRole("radio", { name: "Given name first (Naoki Fujitani)" })).toBeChecked();
  expect(problems).toEqual([]);
});
