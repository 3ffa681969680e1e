/**
 * `npm run audit:perf`: builds the site, serves it with the production nginx
 * config and runs Lighthouse (mobile preset, simulated throttling) on the pages
 * readers open most, several runs each, taking the median. A baseline, the
 * episode page's own HTML with every script removed, is served by the same
 * server in the same run: the episode page's LCP divided by the baseline's shows
 * what the app costs over a plain static page.
 *
 * Options: --runs N (default 3), --no-build, --port N (default 4176), --pages a,b
 * (only the pages whose names start with these; CI audits the episode and its baseline).
 * Writes reports/lighthouse.md and .json; a quicker run (fewer than 3 runs, as in
 * CI) writes reports/lighthouse-quick.* instead, so it never replaces the figures.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sitePolicyMap } from "./content-security-policy";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const RUNS = option("--runs", 3);
// Not a port browsers refuse to fetch from (4190, for one, is on that list).
const PORT = option("--port", 4176);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const CHROME = process.env.CHROME_PATH ?? "/usr/bin/chromium";

const PAGES = [
  { name: "home", path: "/" },
  { name: "character", path: "/characters/naoki-fujitani" },
  { name: "episode", path: "/episodes/8" },
  { name: "search", path: "/search?q=toya" },
  // Lighthouse will not audit a document answered with status 404, so the audit
  // serves the same 404.html at an unknown path that answers 200 (see writeBaseline).
  { name: "404", path: "/__audit/no-such-page/" },
  { name: "baseline (episode, no script)", path: "/__baseline/episode-8/" },
] as const;

const pagesFlag = args.indexOf("--pages");
const wanted = pagesFlag >= 0 ? (args[pagesFlag + 1] ?? "").split(",").filter(Boolean) : [];
const pagesToAudit = wanted.length ? PAGES.filter((p) => wanted.some((w) => p.name.startsWith(w))) : PAGES;
if (pagesToAudit.length === 0)
  throw new Error(`--pages ${wanted.join(",")} names none of: ${PAGES.map((p) => p.name).join(", ")}`);

type Figures = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcp: number;
  tbt: number;
  cls: number;
};

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

function run(command: string, commandArgs: string[]): void {
  // Lighthouse's launcher finds the browser through CHROME_PATH.
  const result = spawnSync(command, commandArgs, { stdio: "inherit", env: { ...process.env, CHROME_PATH: CHROME } });
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(" ")} failed`);
}

/** The episode page as a plain document: same HTML and CSS, every script and preload removed. */
function writeBaseline(root: string): void {
  const html = readFileSync(join(root, "episodes/8/index.html"), "utf8")
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "")
    .replace(/<link rel="modulepreload"[^>]*>/g, "");
  mkdirSync(join(root, "__baseline/episode-8"), { recursive: true });
  writeFileSync(join(root, "__baseline/episode-8/index.html"), html);
  mkdirSync(join(root, "__audit/no-such-page"), { recursive: true });
  cpSync(join(root, "404.html"), join(root, "__audit/no-such-page/index.html"));
}

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(`${ORIGIN}/`, { signal: AbortSignal.timeout(1000) })).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("nginx did not start");
}

function lighthouse(url: string, outDir: string, label: string): Figures {
  const output = join(outDir, `${label}.json`);
  // Lighthouse now and then fails to record a trace (NO_NAVSTART); such a run is repeated.
  for (let attempt = 1; ; attempt++) {
    try {
      return lighthouseOnce(url, output);
    } catch (error) {
      if (attempt === 3) throw error;
      console.warn(`Lighthouse failed on ${url} (attempt ${attempt} of 3), running it again`);
    }
  }
}

function lighthouseOnce(url: string, output: string): Figures {
  run("npx", [
    "lighthouse",
    url,
    "--quiet",
    "--only-categories=performance,accessibility,best-practices,seo",
    "--output=json",
    `--output-path=${output}`,
    `--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --disable-quic --no-first-run`,
  ]);
  type Report = {
    categories: Record<string, { score: number | null }>;
    audits: Record<string, { numericValue?: number }>;
  };
  const report = JSON.parse(readFileSync(output, "utf8")) as Report;
  const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
  const value = (id: string) => report.audits[id]?.numericValue ?? Number.NaN;
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    lcp: value("largest-contentful-paint"),
    tbt: value("total-blocking-time"),
    cls: value("cumulative-layout-shift"),
  };
}

if (!args.includes("--no-build")) run("npm", ["run", "build"]);

const root = mkdtempSync(join(tmpdir(), "glass-heart-audit-"));
// mkdtemp makes the folder private; nginx's worker process must be able to read it.
chmodSync(root, 0o755);
cpSync("build/client", root, { recursive: true });
writeBaseline(root);
const outDir = join(root, "__lighthouse");
mkdirSync(outDir);
// The copied 404 page answers at a path of its own, so nginx needs a policy map that knows it.
const policyMap = join(outDir, "content-security-policy.conf");
writeFileSync(policyMap, await sitePolicyMap(root));

let server: ChildProcess | undefined;
const results: { name: string; path: string; figures: Figures }[] = [];
try {
  // Its own process group, so stopping it stops npx, tsx and nginx together.
  server = spawn(
    "npx",
    ["tsx", "scripts/serve-nginx.ts", "--port", String(PORT), "--root", root, "--csp-map", policyMap],
    {
      stdio: ["ignore", "ignore", "inherit"],
      detached: true,
    },
  );
  await waitForServer();
  for (const page of pagesToAudit) {
    const runs = Array.from({ length: RUNS }, (_, i) =>
      lighthouse(`${ORIGIN}${page.path}`, outDir, `${page.name.replace(/\W+/g, "-")}-${i}`),
    );
    const pick = (key: keyof Figures) => median(runs.map((r) => r[key]));
    const figures: Figures = {
      performance: pick("performance"),
      accessibility: pick("accessibility"),
      bestPractices: pick("bestPractices"),
      seo: pick("seo"),
      lcp: pick("lcp"),
      tbt: pick("tbt"),
      cls: pick("cls"),
    };
    results.push({ name: page.name, path: page.path, figures });
    console.log(`${page.name}: ${JSON.stringify(figures)}`);
  }
} finally {
  if (server?.pid !== undefined) process.kill(-server.pid, "SIGTERM");
  rmSync(root, { recursive: true, force: true });
}

const lcpOf = (name: string) => results.find((r) => r.name.startsWith(name))?.figures.lcp ?? Number.NaN;
const ratio = lcpOf("episode") / lcpOf("baseline");
const ms = (v: number) => `${Math.round(v)} ms`;
const table = [
  "| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS |",
  "| --- | --- | --- | --- | --- | --- | --- | --- |",
  ...results.map(
    ({ name, path, figures: f }) =>
      `| ${name} (\`${path}\`) | ${f.performance} | ${f.accessibility} | ${f.bestPractices} | ${f.seo} | ${ms(f.lcp)} | ${ms(f.tbt)} | ${f.cls.toFixed(3)} |`,
  ),
].join("\n");
const markdown = `# Lighthouse

Lighthouse 12 (mobile preset, simulated throttling) against the production build on nginx with
deploy/nginx.conf, median of ${RUNS} run(s) per page, measured ${new Date().toISOString().slice(0, 10)}
by \`npm run audit:perf\`. Targets: every score 100, CLS 0, episode LCP within 1.05 of the baseline.

${table}

Episode page LCP / script-free baseline LCP: **${ratio.toFixed(3)}** (target ≤ 1.05).
`;
const report = RUNS >= 3 ? "reports/lighthouse" : "reports/lighthouse-quick";
mkdirSync("reports", { recursive: true });
writeFileSync(`${report}.md`, markdown);
writeFileSync(`${report}.json`, `${JSON.stringify({ runs: RUNS, ratio, results }, null, 2)}\n`);
console.log(`\n${table}\n\nEpisode LCP / baseline LCP: ${ratio.toFixed(3)} (target ≤ 1.05)`);
console.log(`Written to ${report}.md and ${report}.json`);
