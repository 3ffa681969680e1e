/**
 * Runs after `react-router build`: writes what a static host needs beyond the
 * prerendered pages. 404.html, sitemap.xml and robots.txt, a preview card per
 * page, the installed app's icons, the theme script, each page's Content-Security-Policy
 * (a <meta>, and an nginx map for the header), the service worker, and gzip and brotli
 * copies of every text file for nginx's *_static.
 */
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { validateDataset } from "../src/data/validate";
import { allPagePaths } from "../src/lib/paths";
import { siteUrlFrom } from "../src/lib/site-url";
import { addThemeScript } from "../src/lib/theme";
import { writeAppIcons } from "./app-icons";
import { addPolicyMeta, sitePolicyMap } from "./content-security-policy";
import { deferBoot } from "./defer-boot";
import { kindOf, renderCard } from "./preview-images";
import { readDataset } from "./read-dataset";
import { writeOfflineShell, writeServiceWorker } from "./service-worker";
import { robotsTxt, sitemapXml } from "./sitemap";

const OUT = new URL("../build/client/", import.meta.url).pathname;
const POLICY_MAP = new URL("../build/nginx/content-security-policy.conf", import.meta.url).pathname;
const siteUrl = siteUrlFrom(process.env.VITE_SITE_URL);

// Static hosts answer unknown URLs with 404.html; the SPA fallback page boots the
// app, which shows the 404 page (or, for a client-only URL, the page itself).
const fallback = await readFile(join(OUT, "__spa-fallback.html"), "utf8");
const notFoundPage = fallback.replace(/<title>[^<]*<\/title>/, "<title>Page not found · Glass Heart Wiki</title>");
if (notFoundPage === fallback) throw new Error("__spa-fallback.html has no <title> to replace");
await writeFile(join(OUT, "404.html"), notFoundPage);
// The same page again, for the service worker to start the app from when offline.
await writeOfflineShell(OUT);

const COMPRESSIBLE = /\.(html|js|css|data|xml|txt|svg|json|webmanifest)$/;
async function* files(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (COMPRESSIBLE.test(entry.name)) yield path;
  }
}
// Every page (404.html and the offline shell too) is rewritten once, in this order: the
// reader's theme first, so its script sits at the top of <head> before the stylesheets
// (src/lib/theme.ts); then the paint-first start (defer-boot.ts); and the Content Security
// Policy last, since it hashes each page's inline scripts as they will be served. The <meta>
// is what a static host delivers; nginx sends the same policy as a header from a generated
// map kept outside the web root (deploy/nginx.conf).
let pages = 0;
for await (const file of files(OUT)) {
  if (!file.endsWith(".html")) continue;
  const name = file.slice(OUT.length);
  const html = await readFile(file, "utf8");
  await writeFile(file, addPolicyMeta(deferBoot(addThemeScript(html, name), name), name));
  pages++;
}
await mkdir(dirname(POLICY_MAP), { recursive: true });
await writeFile(POLICY_MAP, await sitePolicyMap(OUT));

const { raw } = await readDataset();
const result = validateDataset(raw);
if (!result.ok) throw new Error(result.problems.join("\n"));
const pagePaths = allPagePaths(result.data);

await writeFile(join(OUT, "sitemap.xml"), sitemapXml(pagePaths, siteUrl));
await writeFile(join(OUT, "robots.txt"), robotsTxt(siteUrl));

const htmlFile = (path: string) => join(OUT, path === "/" ? "index.html" : `${path}/index.html`);
for (const path of pagePaths) {
  const html = await readFile(htmlFile(path), "utf8");
  const title = /<meta property="og:title" content="([^"]*)"/.exec(html)?.[1];
  if (!title) throw new Error(`${path}: the prerendered page has no og:title`);
  const decoded = title
    .replace(/&amp;/g, "&")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"');
  const file = join(OUT, "og", `${path === "/" ? "/home" : path}.png`);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, renderCard(decoded, kindOf(path)));
}

const icons = await writeAppIcons(OUT);

// The service worker precaches files by their hash: it must see them as served, after the
// pages' last rewrite, and its own sw.js still gets compressed copies below.
const serviceWorker = await writeServiceWorker(OUT);

let compressed = 0;
for await (const file of files(OUT)) {
  const body = await readFile(file);
  await writeFile(`${file}.gz`, gzipSync(body, { level: 9 }));
  await writeFile(`${file}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  compressed++;
}

console.log(
  `Finished the build for ${siteUrl}: 404.html, sitemap.xml (${pagePaths.length} pages), robots.txt, ` +
    `${pagePaths.length} preview cards, ${icons} app icons, ` +
    `${pages} pages with the theme script, a paint-first start and a Content-Security-Policy (nginx map in build/nginx/), ` +
    `a service worker precaching ${serviceWorker.count} files (${Math.round(serviceWorker.size / 1024)} KB), ` +
    `gzip and brotli copies of ${compressed} files.`,
);
