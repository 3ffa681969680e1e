import { expect, test, type APIRequestContext } from "@playwright/test";
import { LinkChecker, LinkState } from "linkinator";

/** The site URL the build was made for, read back from its robots.txt. */
async function builtSiteUrl(request: APIRequestContext): Promise<string> {
  const robots = await (await request.get("/robots.txt")).text();
  const sitemap = /^Sitemap: (\S+)\/sitemap\.xml$/m.exec(robots)?.[1];
  if (!sitemap) throw new Error("robots.txt does not point to the sitemap");
  return sitemap;
}

async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const site = await builtSiteUrl(request);
  const xml = await (await request.get("/sitemap.xml")).text();
  return [...xml.matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => (m[1] ?? "").replace(site, ""));
}

test("every sitemap URL answers 200 with its heading, title and preview tags in the raw HTML", async ({ request }) => {
  const pagePaths = await sitemapPaths(request);
  expect(pagePaths.length).toBeGreaterThan(100);
  const titles = new Set<string>();
  for (const path of pagePaths) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    expect(response.headers()["cache-control"], path).toBe("no-cache");
    const html = await response.text();
    expect(html, path).toMatch(/<h1[^>]*>[^<]+/);
    const title = /<title>(.*?)<\/title>/.exec(html)?.[1] ?? "";
    expect(titles.has(title), `${path} repeats the title "${title}"`).toBe(false);
    titles.add(title);
    for (const tag of ["og:title", "og:description", "og:type", "og:url", "og:image"]) {
      expect(html, `${path} ${tag}`).toContain(`<meta property="${tag}" content="`);
    }
    expect(html, path).toMatch(/<link rel="canonical" href="[^"]+"/);
    expect(html, path).toContain('<meta name="twitter:card" content="summary_large_image"');
  }
});

test("each page's preview image exists and is a PNG drawn for it", async ({ request }) => {
  const site = await builtSiteUrl(request);
  for (const path of ["/", "/episodes/8", "/characters/toya-shinzaki", "/songs/senritsu-to-kessho"]) {
    const html = await (await request.get(path)).text();
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1] ?? "";
    expect(image.startsWith(site), image).toBe(true);
    const response = await request.get(image.replace(site, ""));
    expect(response.status(), image).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
  }
});

const ODD_URLS: { url: string; expect: "page" | 404; heading?: string }[] = [
  { url: "/episodes/8/", expect: "page", heading: "Episode 8" },
  { url: "//episodes//8", expect: "page", heading: "Episode 8" },
  { url: "/episodes/8/index.html", expect: "page", heading: "Episode 8" },
  { url: "/episodes/8?ref=chat&utm_source=x", expect: "page", heading: "Episode 8" },
  { url: "/characters/naoki%2Dfujitani", expect: "page", heading: "Naoki Fujitani" },
  { url: "/episodes/0", expect: 404 },
  { url: "/episodes/11", expect: 404 },
  { url: "/episodes/1.5", expect: 404 },
  { url: "/episodes/abc", expect: 404 },
  { url: "/characters/no-such-person", expect: 404 },
  { url: "/characters/%E8%97%A4%E8%B0%B7", expect: 404 },
  { url: "/characters/藤谷直季", expect: 404 },
  { url: "/%00", expect: 404 },
  { url: "/..%2f..%2fetc/passwd", expect: 404 },
  { url: "/__spa-fallback.html", expect: 404 },
];

for (const odd of ODD_URLS) {
  test(`${odd.url} answers ${odd.expect === 404 ? "404 with the 404 page" : "the right page"}`, async ({
    request,
    baseURL,
  }) => {
    // A full URL, so that "//episodes" is a path and not a protocol-relative host.
    const response = await request.get(`${baseURL ?? ""}${odd.url}`);
    const html = await response.text();
    if (odd.expect === 404) {
      expect(response.status()).toBe(404);
      expect(html).toContain("<title>Page not found · Glass Heart Wiki</title>");
    } else {
      expect(response.status()).toBe(200);
      expect(html).toMatch(new RegExp(`<h1[^>]*>${odd.heading ?? ""}</h1>`));
    }
  });
}

test("nginx sends security headers, caches hashed assets for good and compresses text", async ({ request }) => {
  const page = await request.get("/episodes/8", { headers: { "Accept-Encoding": "br, gzip" } });
  const headers = page.headers();
  expect(headers["content-encoding"]).toBe("br");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toBe("camera=(), microphone=(), geolocation=(), payment=(), usb=()");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  // The page's own policy, allowing its inline scripts by hash (content-security-policy.spec.ts has the rest).
  expect(headers["content-security-policy"]).toMatch(/script-src 'self'( 'sha256-[\w+/]+=')+;/);
  const script = /<script type="module"[^>]*>[\s\S]*?import\s*\(?"(\/assets\/[^"]+\.js)"/.exec(await page.text())?.[1];
  const asset = await request.get(script ?? "/missing-asset.js");
  expect(asset.status()).toBe(200);
  expect(asset.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
});

test("no internal link, canonical URL or preview image is broken", async ({ baseURL, request }) => {
  test.setTimeout(120_000);
  const site = await builtSiteUrl(request);
  const origin = baseURL ?? "";
  const checker = new LinkChecker();
  const result = await checker.check({
    path: `${origin}/`,
    recurse: true,
    concurrency: 4,
    // Canonical and preview URLs name the deployed address; check them here instead.
    urlRewriteExpressions: [{ pattern: new RegExp(site.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")), replacement: origin }],
    // External sites are not ours to check. The crawler also requests each page in
    // its "/page/" form, which nginx redirects; the odd-URL tests above cover those.
    linksToSkip: (link) =>
      Promise.resolve(
        (!link.startsWith(origin) && !link.startsWith(site)) || (link.endsWith("/") && new URL(link).pathname !== "/"),
      ),
  });
  const broken = result.links
    .filter((link) => link.state === LinkState.BROKEN)
    .map((l) => `${l.url} (on ${l.parent ?? "?"})`);
  expect(broken).toEqual([]);
  expect(result.links.length).toBeGreaterThan(500);
});
