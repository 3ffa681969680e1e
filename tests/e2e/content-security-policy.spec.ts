import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { gotoStarted, inBatches, sitemapPaths } from "./page-helpers";

type PolicyWatch = { violations: string[]; messages: string[] };

/**
 * Records every Content Security Policy violation the browser reports, from the
 * first byte of every document the page opens, and every console line about the
 * policy ("Refused to execute inline script…", a directive the browser ignores).
 */
async function watchPolicy(page: Page): Promise<PolicyWatch> {
  const watch: PolicyWatch = { violations: [], messages: [] };
  await page.exposeFunction("reportPolicyViolation", (violation: string) => watch.violations.push(violation));
  await page.addInitScript(() => {
    const report = (window as Window & { reportPolicyViolation?: (violation: string) => void }).reportPolicyViolation;
    document.addEventListener("securitypolicyviolation", (event) => {
      report?.(`${event.effectiveDirective} refused ${event.blockedURI} on ${event.documentURI}: ${event.sample}`);
    });
  });
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) watch.messages.push(message.text());
  });
  return watch;
}

/**
 * Opens a page and waits for the app to start. A refused boot script means it
 * never starts, so the violations, not a timeout, are what a failure reports.
 */
async function gotoStartedUnderPolicy(page: Page, url: string, watch: PolicyWatch) {
  try {
    return await gotoStarted(page, url, { timeout: 15_000 });
  } finally {
    expect(watch.violations, `${url}: policy violations`).toEqual([]);
    expect(watch.messages, `${url}: console messages about the policy`).toEqual([]);
  }
}

const directive = (policy: string, name: string) =>
  policy
    .split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name} `))
    ?.slice(name.length + 1);

const metaPolicy = (html: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];

function expectSecurityHeaders(response: APIResponse | Awaited<ReturnType<Page["goto"]>>, meta: string | undefined) {
  const headers = response?.headers() ?? {};
  const policy = headers["content-security-policy"] ?? "";
  expect(meta, "the page carries its policy in a <meta>").toBeDefined();
  // The header is the <meta> plus what only a header can say.
  expect(policy).toBe(`${meta ?? ""}; frame-ancestors 'none'`);
  // Only the site's own files and the page's own inline scripts, each named by its hash.
  expect(directive(policy, "script-src")).toMatch(/^'self'( 'sha256-[A-Za-z0-9+/]{43}=')+$/);
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(directive(policy, "style-src")).toBe("'self'");
  expect(directive(policy, "object-src")).toBe("'none'");
  expect(directive(policy, "base-uri")).toBe("'self'");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["permissions-policy"]).toBe("camera=(), microphone=(), geolocation=(), payment=(), usb=()");
  expect(headers["x-frame-options"]).toBe("DENY");
}

const ROUTES: { kind: string; url: string; status?: number }[] = [
  { kind: "home", url: "/" },
  { kind: "character list", url: "/characters" },
  { kind: "people list", url: "/people" },
  { kind: "members", url: "/members" },
  { kind: "band list", url: "/bands" },
  { kind: "episode list", url: "/episodes" },
  { kind: "song list", url: "/songs" },
  { kind: "review list", url: "/reviews" },
  { kind: "character", url: "/characters/naoki-fujitani" },
  { kind: "person", url: "/people/masaki-suda" },
  { kind: "band", url: "/bands/tenblank" },
  { kind: "episode", url: "/episodes/8" },
  { kind: "song", url: "/songs/senritsu-to-kessho" },
  { kind: "review", url: "/reviews/seriedrama" },
  { kind: "search results", url: "/search?q=toya" },
  { kind: "about", url: "/about" },
  { kind: "settings", url: "/settings" },
  { kind: "unknown URL", url: "/no-such-page", status: 404 },
];

for (const route of ROUTES) {
  test(`the ${route.kind} page (${route.url}) starts under its strict policy with no violation`, async ({ page }) => {
    const watch = await watchPolicy(page);
    // The app starting proves the hashes let React Router's boot script run.
    const response = await gotoStartedUnderPolicy(page, route.url, watch);
    expect(response?.status()).toBe(route.status ?? 200);
    expectSecurityHeaders(response, metaPolicy(await page.content()));
  });
}

test("searching and client-side navigation load code and data with no violation", async ({ page }) => {
  const watch = await watchPolicy(page);
  await gotoStarted(page, "/");
  await page.getByRole("combobox", { name: "Search the wiki" }).fill("ふじたに");
  const first = page.getByRole("listbox", { name: "Search results" }).getByRole("option").first();
  await expect(first).toContainText("Naoki Fujitani");
  await first.click();
  await expect(page).toHaveURL(/\/characters\/naoki-fujitani$/);
  await page.getByRole("link", { name: "Episodes", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Episodes");
  await page.getByRole("link", { name: "Episode 8", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Episode 8");
  expect(watch.violations).toEqual([]);
  expect(watch.messages).toEqual([]);
});

for (const batch of inBatches(sitemapPaths(), 30)) {
  test(`pages ${batch.label} in the sitemap start with no violation`, async ({ page }) => {
    test.setTimeout(120_000);
    const watch = await watchPolicy(page);
    for (const path of batch.items) await gotoStartedUnderPolicy(page, path, watch);
  });
}

test("the sitemap lists every page", () => {
  expect(sitemapPaths().length).toBeGreaterThan(100);
});

test("nginx sends each page the policy its <meta> carries, however the page was reached", async ({
  request,
  baseURL,
}) => {
  const urls = [
    "/",
    "/index.html",
    "/episodes/8?ref=chat",
    "/characters/naoki%2Dfujitani",
    "/no-such-page",
    "/%00",
    "/__spa-fallback.html",
  ];
  for (const url of urls) {
    // A full URL, so that odd paths reach nginx as written.
    const response = await request.get(`${baseURL ?? ""}${url}`);
    expectSecurityHeaders(response, metaPolicy(await response.text()));
  }
  // Anything that is not a page gets the same policy with no inline script allowed.
  for (const url of ["/episodes/8.data", "/favicon.svg", "/robots.txt"]) {
    const policy = (await request.get(url)).headers()["content-security-policy"] ?? "";
    expect(directive(policy, "script-src"), url).toBe("'self'");
    expect(directive(policy, "frame-ancestors"), url).toBe("'none'");
  }
});

/** Serves /episodes/8 rewritten, with its headers changed as asked. */
async function serveEpisodeRewritten(
  page: Page,
  rewrite: (html: string) => string,
  headers: (headers: Record<string, string>) => Record<string, string> = (h) => h,
) {
  await page.route("**/episodes/8", async (route) => {
    const response = await route.fetch();
    const original = await response.text();
    const html = rewrite(original);
    expect(html).not.toBe(original);
    const { "content-encoding": _encoding, "content-length": _length, ...rest } = response.headers();
    await route.fulfill({ status: response.status(), headers: headers(rest), body: html });
  });
}

// The last step of the boot script defer-boot.ts writes; changing it must break its hash.
const BOOT_LINE = "requestAnimationFrame(() => { setTimeout(start, 0); });";
const TAMPERED_BOOT_LINE = "requestAnimationFrame(() => { setTimeout(start, 1); });";

async function expectBootRefused(page: Page, watch: PolicyWatch) {
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(request.url());
  });
  await page.goto("/episodes/8");
  await expect.poll(() => watch.violations.join("\n")).toMatch(/^script-src-elem refused inline on .*\/episodes\/8/m);
  // Chromium words it "Refused to execute inline script…" or "Executing inline script violates…".
  await expect.poll(() => watch.messages.join("\n")).toMatch(/inline script.*Content Security Policy/i);
  // The changed boot script never ran: no module was fetched and the app never started.
  await page.waitForLoadState("networkidle");
  expect(scripts).toEqual([]);
  await expect(page.getByRole("banner").getByRole("combobox", { name: "Watched up to" })).toBeDisabled();
}

test("a changed inline script is refused and reported, so these checks can fail", async ({ page }) => {
  const watch = await watchPolicy(page);
  await serveEpisodeRewritten(page, (html) => html.replace(BOOT_LINE, TAMPERED_BOOT_LINE));
  await expectBootRefused(page, watch);
});

test("without the header, as on GitHub Pages, the <meta> alone lets the page start", async ({ page }) => {
  const watch = await watchPolicy(page);
  let served = false;
  await page.route("**/episodes/8", async (route) => {
    const response = await route.fetch();
    const {
      "content-security-policy": policy,
      "content-encoding": _encoding,
      "content-length": _length,
      ...rest
    } = response.headers();
    expect(policy).toBeDefined();
    served = true;
    await route.fulfill({ status: response.status(), headers: rest, body: await response.text() });
  });
  await gotoStarted(page, "/episodes/8");
  expect(served).toBe(true);
  expect(watch.violations).toEqual([]);
  expect(watch.messages).toEqual([]);
});

test("without the header, the <meta> alone still refuses a changed inline script", async ({ page }) => {
  const watch = await watchPolicy(page);
  await serveEpisodeRewritten(
    page,
    (html) => html.replace(BOOT_LINE, TAMPERED_BOOT_LINE),
    ({ "content-security-policy": _policy, ...rest }) => rest,
  );
  await expectBootRefused(page, watch);
});

test("a script injected into a page is refused, and the site's own scripts may not eval", async ({ page }) => {
  const watch = await watchPolicy(page);
  // A same-origin file the policy lets run, standing in for any of the site's modules.
  await page.route("**/assets/eval-probe.js", (route) =>
    route.fulfill({
      contentType: "text/javascript",
      body: 'try { new Function("return 1")(); document.title = "eval ran"; } catch { document.title = "eval refused"; }',
    }),
  );
  await gotoStarted(page, "/about");
  await page.evaluate(() => {
    const injected = document.createElement("script");
    injected.textContent = 'document.title = "injected script ran";';
    document.body.append(injected);
    const probe = document.createElement("script");
    probe.src = "/assets/eval-probe.js";
    document.body.append(probe);
  });
  await expect(page).toHaveTitle("eval refused");
  await expect.poll(() => watch.violations.join("\n")).toMatch(/^script-src-elem refused inline /m);
  await expect.poll(() => watch.violations.join("\n")).toMatch(/^script-src refused eval /m);
});

test("no page, not even one of the site's own, can frame a page", async ({ page }) => {
  const watch = await watchPolicy(page);
  await gotoStarted(page, "/about");
  await page.evaluate(() => {
    const frame = document.createElement("iframe");
    frame.src = "/episodes/8";
    frame.title = "framed";
    document.body.append(frame);
  });
  await expect.poll(() => watch.messages.join("\n")).toMatch(/frame-ancestors 'none'/);
  await expect(page.frameLocator('iframe[title="framed"]').getByRole("heading", { name: "Episode 8" })).toHaveCount(0);
});
