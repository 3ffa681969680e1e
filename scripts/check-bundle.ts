/**
 * The bundle budget, measured on the production build (`npm run check:bundle`):
 * - an episode page's first-load JavaScript: at most 135 KB gzip;
 * - any route module chunk: at most 15 KB gzip;
 * - a page's data (its prerendered loader data) and each lazily loaded content
 *   collection: at most 20 KB gzip each.
 * It prints every figure, writes reports/bundle.md, and exits non-zero on an overrun.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const KB = 1024;
export const BUDGET = { episodeFirstLoad: 135 * KB, routeChunk: 15 * KB, pageData: 20 * KB } as const;

const OUT = "build/client";
const gzipSize = (file: string) => gzipSync(readFileSync(join(OUT, file))).length;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

type Manifest = {
  entry: { module: string; imports: string[] };
  routes: Record<string, { id: string; module: string; imports?: string[] }>;
};

function readManifest(): { file: string; manifest: Manifest } {
  const file = readdirSync(join(OUT, "assets")).find((f) => /^manifest-[\w-]+\.js$/.test(f));
  if (!file) throw new Error("No React Router manifest in build/client/assets: run `npm run build` first.");
  const source = readFileSync(join(OUT, "assets", file), "utf8");
  const json = source.replace(/^window\.__reactRouterManifest=/, "").replace(/;\s*$/, "");
  return { file: `assets/${file}`, manifest: JSON.parse(json) as Manifest };
}

/** Every script a page's HTML makes the browser fetch before it is interactive. */
export function firstLoadScripts(html: string): string[] {
  const preloads = [...html.matchAll(/<link rel="modulepreload" href="\/([^"]+)"/g)].map((m) => m[1] ?? "");
  // The pages start the app after the first paint (defer-boot.ts): the same files, listed in the script.
  const deferred = /const preload = (\[[^\]]*\]);/.exec(html)?.[1];
  if (deferred) preloads.push(...(JSON.parse(deferred) as string[]).map((href) => href.replace(/^\//, "")));
  const imports = [...html.matchAll(/import\s*(?:\*\s*as\s*\w+\s*from\s*)?\(?"\/(assets\/[^"]+\.js)"/g)].map(
    (m) => m[1] ?? "",
  );
  return [...new Set([...preloads, ...imports])].filter(Boolean);
}

type Row = { what: string; size: number; budget: number };

function measure(): Row[] {
  const { file: manifestFile, manifest } = readManifest();
  const rows: Row[] = [];

  for (const episode of readdirSync(join(OUT, "episodes")).filter((f) => /^\d+$/.test(f))) {
    const html = readFileSync(join(OUT, "episodes", episode, "index.html"), "utf8");
    // The manifest may already be among the page's scripts; count each file once.
    const scripts = [...new Set([...firstLoadScripts(html), manifestFile])];
    const size = scripts.reduce((sum, f) => sum + gzipSize(f), 0);
    rows.push({
      what: `first-load JS, /episodes/${episode} (${scripts.length} files)`,
      size,
      budget: BUDGET.episodeFirstLoad,
    });
  }

  for (const route of Object.values(manifest.routes)) {
    rows.push({ what: `route chunk ${route.id}`, size: gzipSize(route.module.slice(1)), budget: BUDGET.routeChunk });
  }

  const dataFiles = (dir: string): string[] =>
    readdirSync(join(OUT, dir), { withFileTypes: true }).flatMap((entry) => {
      const path = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return path === "assets" || path === "og" ? [] : dataFiles(path);
      return entry.name.endsWith(".data") ? [path] : [];
    });
  for (const file of dataFiles("")) {
    rows.push({ what: `page data /${file.replace(/\.data$/, "")}`, size: gzipSize(file), budget: BUDGET.pageData });
  }

  const collections = ["characters", "people", "bands", "episodes", "songs", "albums", "reviews", "sources"];
  for (const chunk of readdirSync(join(OUT, "assets")).filter((f) => f.endsWith(".js"))) {
    const name = /^([a-z]+)-[\w-]{8}\.js$/.exec(chunk)?.[1];
    if (name && collections.includes(name)) {
      rows.push({ what: `data collection ${name}`, size: gzipSize(`assets/${chunk}`), budget: BUDGET.pageData });
    }
  }
  return rows;
}

function report(rows: Row[]): string {
  const over = rows.filter((r) => r.size > r.budget);
  const largest = (prefix: string) => rows.filter((r) => r.what.startsWith(prefix)).sort((a, b) => b.size - a.size)[0];
  const headline = ["first-load JS", "route chunk", "page data", "data collection"].map((prefix) => {
    const row = largest(prefix);
    return row ? `| largest ${prefix} | ${row.what} | ${kb(row.size)} | ${kb(row.budget)} |` : "";
  });
  return [
    "# Bundle budget",
    "",
    "Measured by `npm run check:bundle` on the production build (gzip, default level).",
    "",
    "| figure | where | size | budget |",
    "| --- | --- | --- | --- |",
    ...headline,
    "",
    over.length === 0
      ? "Every figure is within budget."
      : `Over budget:\n${over.map((r) => `- ${r.what}: ${kb(r.size)} > ${kb(r.budget)}`).join("\n")}`,
    "",
    "<details><summary>All figures</summary>",
    "",
    "| what | gzip | budget |",
    "| --- | --- | --- |",
    ...rows.map((r) => `| ${r.what} | ${kb(r.size)} | ${kb(r.budget)} |`),
    "",
    "</details>",
    "",
  ].join("\n");
}

if (process.argv[1]?.endsWith("check-bundle.ts")) {
  if (!existsSync(OUT)) throw new Error("No build found: run `npm run build` first.");
  const rows = measure();
  const markdown = report(rows);
  mkdirSync("reports", { recursive: true });
  writeFileSync("reports/bundle.md", markdown);
  for (const row of rows.filter((r) => !r.what.startsWith("page data") || r.size > r.budget * 0.5)) {
    console.log(
      `${row.size > row.budget ? "OVER" : "ok  "} ${kb(row.size).padStart(9)} / ${kb(row.budget)}  ${row.what}`,
    );
  }
  const over = rows.filter((r) => r.size > r.budget);
  console.log(`${rows.length} figures checked (full list in reports/bundle.md); ${over.length} over budget.`);
  if (over.length > 0) process.exit(1);
}
