import { expect, test, type Page, type Request } from "@playwright/test";
import { gotoStarted, watchConsole } from "./page-helpers";

/** The songs collection's data chunk, not the song pages' route modules. */
const SONGS_DATA = /\/assets\/songs-[\w-]+\.js(\?.*)?$/;
/** The episode list's route module (its client loader is a separate chunk). */
const EPISODE_LIST_MODULE = /\/assets\/episode-list-page-(?!client-loader)[\w-]+\.js$/;

/** Fails every request matching `pattern` until the returned function is called; counts the attempts. */
async function block(page: Page, pattern: RegExp) {
  const attempts: string[] = [];
  let blocked = true;
  await page.route(pattern, async (route) => {
    attempts.push(route.request().url());
    if (blocked) await route.abort("internetdisconnected");
    else await route.continue();
  });
  return {
    attempts,
    unblock: () => {
      blocked = false;
    },
  };
}

const nav = (page: Page) => page.getByRole("banner").getByRole("navigation");

test("a data file that fails to load is retried, then Try again recovers once it is back", async ({ page }) => {
  const problems = watchConsole(page);
  const deployChecks: Request[] = [];
  page.on("request", (request) => {
    if (request.url().includes("deploy-check=")) deployChecks.push(request);
  });
  await gotoStarted(page, "/settings");
  const songs = await block(page, SONGS_DATA);
  // A mark on this document: a reload would lose it.
  await page.evaluate(() => document.documentElement.setAttribute("data-same-document", ""));

  await nav(page).getByRole("link", { name: "Songs" }).click();
  // The retries (0.5 s, 1 s, 2 s) take a while: the reader is told the page is coming.
  await expect(page.getByRole("status").filter({ hasText: "Loading…" })).toBeVisible();
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("Something went wrong", { timeout: 15_000 });
  expect(songs.attempts.length).toBe(4);
  await expect(alert).not.toContainText(/\.js|Error:|at /);
  await expect(alert.getByRole("link", { name: "Go to the home page" })).toHaveAttribute("href", "/");
  // A network drop is not a new deploy: the page asked which deploy is live and did not reload.
  expect(deployChecks.length).toBeGreaterThan(0);
  await expect(page.locator("html[data-same-document]")).toHaveCount(1);

  songs.unblock();
  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Songs" })).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);
  expect(page.url()).toMatch(/\/songs$/);

  // The failure is logged once; the only other messages are the browser's own about the blocked file.
  const logged = problems.filter((p) => p.includes("The page could not be shown"));
  expect(logged).toHaveLength(1);
  const others = problems.filter((p) => !logged.includes(p));
  expect(others.filter((p) => !p.includes("ERR_INTERNET_DISCONNECTED"))).toEqual([]);
});

test("a route chunk that fails to load leaves a working page, and the link works once it is back", async ({ page }) => {
  await gotoStarted(page, "/settings");
  const episodes = await block(page, EPISODE_LIST_MODULE);
  await nav(page).getByRole("link", { name: "Episodes" }).click();
  // React Router reloads the page it was on when a route module cannot be fetched.
  await expect.poll(() => episodes.attempts.length).toBeGreaterThan(0);
  await page.waitForLoadState("load");
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await expect(page).toHaveURL(/\/settings$/);

  episodes.unblock();
  await gotoStarted(page, "/settings");
  await nav(page).getByRole("link", { name: "Episodes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Episodes" })).toBeVisible();
});

test("corrupt stored settings give the defaults, are rewritten, and nothing breaks", async ({ page }) => {
  const problems = watchConsole(page);
  await gotoStarted(page, "/characters/naoki-fujitani");
  await page.evaluate(() => {
    localStorage.setItem("glass-heart-wiki:reader-settings", '{"version":1,"watchedUpTo":"all","names":7');
  });
  await page.reload();
  const watched = page.getByRole("banner").getByRole("combobox", { name: "Watched up to" });
  await expect(watched.and(page.locator(":enabled"))).toHaveValue("0");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Naoki Fujitani");
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem("glass-heart-wiki:reader-settings")))
    .toBe('{"version":1,"watchedUpTo":0,"names":{"order":"given-first","macrons":false}}');
  expect(problems).toEqual([]);
});

test("an unknown address still answers with the not-found page", async ({ page }) => {
  const problems = watchConsole(page);
  const response = await page.goto("/characters/no-such-character");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByRole("alert")).toHaveCount(0);
  expect(problems.filter((p) => !p.includes("404 (Not Found)"))).toEqual([]);
});

for (const url of ["/about", "/characters/naoki-fujitani", "/reviews", "/episodes/1", "/bands/tenblank"]) {
  test(`every link to another site on ${url} is an ExternalLink`, async ({ page }) => {
    await gotoStarted(page, url);
    const links = await page.locator("a[href]").evaluateAll((anchors) =>
      anchors
        .filter((a) => new URL((a as HTMLAnchorElement).href).origin !== location.origin)
        .map((a) => ({
          href: a.getAttribute("href"),
          external: a.hasAttribute("data-external"),
          target: a.getAttribute("target"),
          rel: a.getAttribute("rel"),
          said: a.textContent.includes("(opens in a new tab)"),
        })),
    );
    for (const link of links) {
      expect(link, String(link.href)).toMatchObject({
        external: true,
        target: "_blank",
        rel: "noopener noreferrer",
        said: true,
      });
    }
    if (url === "/about" || url === "/characters/naoki-fujitani") expect(links.length).toBeGreaterThan(0);
  });
}
