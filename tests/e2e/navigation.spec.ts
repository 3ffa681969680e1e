import { expect, test } from "@playwright/test";
import { watchConsole } from "./page-helpers";

test("a visitor browses from home to a character, their actor and back by clicking links", async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Characters" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Characters");
  await expect(page).toHaveTitle("Characters · Glass Heart Wiki");

  await page.getByRole("link", { name: "Toya Shinzaki" }).click();
  await expect(page).toHaveURL(/\/characters\/toya-shinzaki$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Toya Shinzaki");
  await expect(page).toHaveTitle("Toya Shinzaki · Glass Heart Wiki");

  await page.getByRole("link", { name: "Masaki Suda", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Masaki Suda");
  await page.getByRole("link", { name: "Toya Shinzaki", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Toya Shinzaki");

  await page.goBack();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Masaki Suda");
  expect(problems).toEqual([]);
});

test("episode pages link to their neighbours and to a band", async ({ page }) => {
  await page.goto("/episodes");
  await page.getByRole("link", { name: "Episode 1", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Episode 1");
  await page
    .getByRole("navigation", { name: "Episodes" })
    .getByRole("link", { name: /^Next Episode 2\b/ })
    .click();
  await expect(page).toHaveURL(/\/episodes\/2$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Episode 2: 旋律と結晶");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Bands" }).click();
  await page.getByRole("link", { name: "TENBLANK" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("TENBLANK");
  await expect(page.getByRole("region", { name: "Line-up" }).getByRole("link", { name: "Akane Saijo" })).toBeVisible();
});

test("a twist stays hidden until the reader shows it", async ({ page }) => {
  await page.goto("/characters/toya-shinzaki");
  const relationships = page.getByRole("region", { name: "Relationships" });
  await expect(relationships).not.toContainText(/half-brother/i);
  await relationships.getByRole("button", { name: "Show anyway" }).click();
  await expect(relationships.getByText(/half-brother of/i)).toBeVisible();
});
