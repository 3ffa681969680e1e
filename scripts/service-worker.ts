/**
 * Writes the service worker (sw.js) with Workbox, from the files exactly as they
 * will be served: finish-build.ts runs it after every rewrite of the HTML (boot
 * script, Content-Security-Policy) and before the .gz/.br copies, so each
 * precache revision is the hash of the final file.
 *
 * What it keeps for offline reading:
 * - precached on install: the app (every JS and CSS file, the content collections
 *   among them), the offline shell and the manifest;
 * - each page's HTML as it is visited: network first, the cached copy when the
 *   network is down or slow, else the offline shell, which starts the app and
 *   renders any page from the precached code and data.
 */
import { copyFile } from "node:fs/promises";
import { join } from "node:path";
import { generateSW, type GenerateSWOptions } from "workbox-build";

export const SERVICE_WORKER_FILE = "sw.js";
/** A copy of React Router's SPA fallback at a URL the host serves (it hides __spa-fallback.html). */
export const OFFLINE_SHELL_FILE = "offline.html";
export const PAGES_CACHE = "glass-heart-wiki-pages";
/** How long a page request waits for the network before answering from the cache. */
export const NETWORK_TIMEOUT_SECONDS = 3;

/** The app shell and data; never preview images, compressed copies or the pages themselves. */
export const PRECACHE_PATTERNS = ["assets/**/*.{js,css}", OFFLINE_SHELL_FILE, "favicon.svg", "manifest.webmanifest"];
export const PRECACHE_IGNORES = ["**/*.br", "**/*.gz", "og/**", "**/*.map"];

/*
 * Workbox copies these two functions into sw.js as source text, so they must use
 * nothing from this module: the parameter name is spelled out in each.
 */

/** The deploy check (`/?deploy-check=…`) asks whether a new build is live: only the network knows. */
export const isDeployCheck = ({ url }: { url: URL }): boolean => url.searchParams.has("deploy-check");

/** A page load or reload, other than the deploy check. */
export const isPageNavigation = ({ request, url }: { request: Pick<Request, "mode">; url: URL }): boolean =>
  request.mode === "navigate" && !url.searchParams.has("deploy-check");

export function serviceWorkerOptions(root: string): GenerateSWOptions {
  return {
    globDirectory: root,
    globPatterns: PRECACHE_PATTERNS,
    globIgnores: PRECACHE_IGNORES,
    swDest: join(root, SERVICE_WORKER_FILE),
    // One file, served no-cache, so the browser sees a new build on its next check.
    inlineWorkboxRuntime: true,
    mode: "production",
    sourcemap: false,
    // The first worker takes charge of the open page at once; a later one waits
    // until the reader accepts the update (src/features/offline), then skips waiting.
    clientsClaim: true,
    skipWaiting: false,
    cleanupOutdatedCaches: true,
    // The deploy check carries no tracking parameter to strip; only these are.
    ignoreURLParametersMatching: [/^utm_/, /^fbclid$/],
    runtimeCaching: [
      { urlPattern: isDeployCheck, handler: "NetworkOnly" },
      {
        urlPattern: isPageNavigation,
        handler: "NetworkFirst",
        options: {
          cacheName: PAGES_CACHE,
          networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
          // A 404 page or a server error is never kept as the page's offline copy.
          cacheableResponse: { statuses: [200] },
          expiration: { maxEntries: 200 },
          precacheFallback: { fallbackURL: `/${OFFLINE_SHELL_FILE}` },
        },
      },
    ],
  };
}

/** The offline shell must exist before the Content-Security-Policy step, which hashes its scripts. */
export async function writeOfflineShell(root: string): Promise<void> {
  await copyFile(join(root, "__spa-fallback.html"), join(root, OFFLINE_SHELL_FILE));
}

export type ServiceWorkerSummary = { count: number; size: number };

export async function writeServiceWorker(root: string): Promise<ServiceWorkerSummary> {
  const { count, size, warnings } = await generateSW(serviceWorkerOptions(root));
  if (warnings.length > 0) throw new Error(`Workbox: ${warnings.join("\n")}`);
  return { count, size };
}
