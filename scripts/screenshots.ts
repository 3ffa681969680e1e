/**
 * `npm run screenshots`: photographs the main kinds of page at a phone width
 * (375 px) and a desktop width (1280 px), in the light and the dark theme, as a
 * reader meets them: the production build served by nginx with deploy/nginx.conf,
 * in Debian's Chromium with the same flags as the browser tests. Writes
 * docs/screenshots/<page>-<width>-<theme>.png (full page).
 *
 * Builds first only when there is no build, or with --build.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { chromium, type Locator, type Page } from "@playwright/test";
import playwrightConfig from "../playwright.config";
import { waitForStart } from "../tests/e2e/page-helpers";

type Shot = {
  /** The file name's first part. */
  name: string;
  path: string;
  /** What shows the page is complete, where its content arrives after the app starts. */
  ready?: (page: Page) => Locator;
};

// One line per page: a page missing from the build fails its own entry and no other.
const PAGES: readonly Shot[] = [
  { name: "home", path: "/" },
  { name: "character", path: "/characters/naoki-fujitani" },
  { name: "episode", path: "/episodes/1" },
  { name: "graph", path: "/relationships" },
  {
    name: "search",
    path: "/search?q=fujitani",
    ready: (page) => page.getByRole("region", { name: "Search results" }),
  },
];
const WIDTHS = [375, 1280] as const;
const THEMES = ["light", "dark"] as const;
const OUT = "docs/screenshots";
// Ports the browser refuses (4190) or other tools use (preview and the browser tests 4173, the audit 4176).
const TAKEN = new Set([4173, 4174, 4175, 4176, 4190]);

function fail(message: string): never {
  console.error(`\nscreenshots: ${message}`);
  process.exit(1);
}

/** Without a Japanese font, every name in Japanese script would be drawn as empty boxes. */
function checkJapaneseFonts(): void {
  const result = spawnSync("fc-list", [":lang=ja"], { encoding: "utf8" });
  if (result.error || result.stdout.trim() === "") {
    fail(
      "no font for Japanese is installed (`fc-list :lang=ja` lists none), so names in Japanese script " +
        "would show as boxes. Install one, then run this again:\n  apt-get install -y fonts-noto-cjk",
    );
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => {
        if (address === null || typeof address === "string") reject(new Error("no port"));
        else resolve(address.port);
      });
    });
  });
}

async function pickPort(): Promise<number> {
  for (;;) {
    const port = await freePort();
    if (!TAKEN.has(port)) return port;
  }
}

async function waitForServer(origin: string, server: ChildProcess): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (server.exitCode !== null) fail("nginx stopped before it served the site (see its message above).");
    try {
      if ((await fetch(`${origin}/`, { signal: AbortSignal.timeout(1000) })).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  fail(`nginx did not answer at ${origin} within 20 s.`);
}

/** Opens a page, checks it exists, and waits until it is drawn as a reader would see it. */
async function openReady(page: Page, url: string, shot: Shot): Promise<void> {
  const response = await page.goto(url);
  const status = response?.status();
  if (status !== 200) {
    throw new Error(
      `the server answered ${String(status ?? "nothing")}, so this build has no such page. ` +
        "Check the path in PAGES in scripts/screenshots.ts, or rebuild with `npm run screenshots -- --build`.",
    );
  }
  await waitForStart(page);
  if (shot.ready) await shot.ready(page).waitFor();
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => document.fonts.ready.then(() => document.fonts.status));
}

checkJapaneseFonts();
if (process.argv.includes("--build") || !existsSync("build/client/index.html")) {
  console.log("Building the site first (npm run build)…");
  const build = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
  if (build.status !== 0) fail("the build failed.");
}

const port = await pickPort();
const origin = `http://127.0.0.1:${String(port)}`;
// Its own process group, so stopping it stops npx, tsx and nginx together.
const server = spawn("npx", ["tsx", "scripts/serve-nginx.ts", "--port", String(port)], {
  stdio: ["ignore", "ignore", "inherit"],
  detached: true,
});
let stopped = false;
const stopServer = () => {
  if (stopped || server.pid === undefined) return;
  stopped = true;
  try {
    process.kill(-server.pid, "SIGTERM");
  } catch {
    // Already gone.
  }
};
process.on("exit", stopServer);

// One message per page, however many widths and themes it failed in.
const problems = new Map<string, string>();
let written = 0;
try {
  await waitForServer(origin, server);
  mkdirSync(OUT, { recursive: true });
  // The browser tests' launch options: Debian's Chromium (or CHROME_PATH) with the same flags.
  const browser = await chromium.launch(playwrightConfig.use?.launchOptions);
  try {
    for (const theme of THEMES) {
      for (const width of WIDTHS) {
        const context = await browser.newContext({
          viewport: { width, height: 800 },
          colorScheme: theme,
          reducedMotion: "reduce",
        });
        const page = await context.newPage();
        for (const shot of PAGES) {
          const file = join(OUT, `${shot.name}-${String(width)}-${theme}.png`);
          try {
            await openReady(page, `${origin}${shot.path}`, shot);
            await page.screenshot({ path: file, fullPage: true, animations: "disabled" });
            written++;
            console.log(`${file} (${(statSync(file).size / 1024).toFixed(0)} KB)`);
          } catch (error) {
            const message = (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
            if (!problems.has(shot.name)) problems.set(shot.name, `${shot.name} (${shot.path}): ${message}`);
            console.error(`${file}: not written`);
          }
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
} finally {
  stopServer();
}

console.log(`\n${String(written)} screenshot(s) in ${OUT}/`);
if (problems.size > 0)
  fail(`${String(problems.size)} page(s) could not be captured:\n  ${[...problems.values()].join("\n  ")}`);
