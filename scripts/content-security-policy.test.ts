import { describe, expect, it } from "vitest";
import {
  DEFAULT_HEADER_POLICY,
  addPolicyMeta,
  headerPolicy,
  inlineScripts,
  nginxPolicyMap,
  pagePolicy,
  policyOf,
  scriptHash,
} from "./content-security-policy";

const CONTEXT = 'window.__reactRouterContext = {"basename":"/"};';
const BOOT = 'const preload = ["/assets/root-1.js"];\nrequestAnimationFrame(() => { setTimeout(start, 0); });';
const STREAM = 'window.__reactRouterContext.streamController.enqueue("[{\\"name\\":\\"藤谷直季\\"}]");';

// The shape of a prerendered page, with the kinds of <script> the build produces and a few it might.
const PAGE = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>Episode 8</title>
<script type="application/ld+json">{"@type":"TVEpisode","name":"Episode 8"}</script>
<link rel="stylesheet" href="/assets/root-1.css"/></head><body><h1>Episode 8</h1>
<!-- <script>notRun()</script> -->
<script src="/assets/external.js"></script>
<script data-note="a > b" type="text/javascript">${CONTEXT}</script>
<script type="module">${BOOT}</script>
<SCRIPT id="_R_">requestAnimationFrame(function(){$RT=performance.now()});</SCRIPT>
<script type="text/plain">not run either</script>
<script>${STREAM}</script></body></html>`;

describe("inlineScripts", () => {
  it("finds every inline script the browser runs and nothing else", () => {
    expect(inlineScripts(PAGE)).toEqual([
      CONTEXT,
      BOOT,
      "requestAnimationFrame(function(){$RT=performance.now()});",
      STREAM,
    ]);
  });

  it("agrees with a real HTML parser on which scripts run and on their text", () => {
    const document = new DOMParser().parseFromString(PAGE, "text/html");
    const running = [...document.querySelectorAll("script:not([src])")].filter((script) =>
      ["", "module", "text/javascript"].includes(script.getAttribute("type") ?? ""),
    );
    expect(inlineScripts(PAGE)).toEqual(running.map((script) => script.textContent));
  });
});

describe("scriptHash", () => {
  it("is the quoted base64 sha256 of the script's text, as CSP hash sources are written", () => {
    expect(scriptHash("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
  });

  it("hashes the text after the HTML parser has turned CRLF and CR into LF", () => {
    expect(scriptHash("a();\r\nb();\rc();")).toBe(scriptHash("a();\nb();\nc();"));
  });
});

describe("pagePolicy", () => {
  it("allows exactly the page's inline scripts, each hash once, and never 'unsafe-inline' or 'unsafe-eval'", () => {
    const policy = pagePolicy(["a();", "b();", "a();"]);
    const scriptSrc = policy.split("; ").find((directive) => directive.startsWith("script-src "));
    expect(scriptSrc).toBe(`script-src 'self' ${scriptHash("a();")} ${scriptHash("b();")}`);
    expect(policy).not.toMatch(/unsafe/);
  });

  it("keeps to the site's own origin and leaves framing to the header", () => {
    const policy = pagePolicy([]);
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self'",
      "connect-src 'self'",
      "manifest-src 'self'",
      "worker-src 'self'",
      "form-action 'self'",
      "base-uri 'self'",
      "object-src 'none'",
    ]) {
      expect(policy.split("; ")).toContain(directive);
    }
    expect(policy).not.toContain("frame-ancestors");
    expect(headerPolicy(policy)).toBe(`${policy}; frame-ancestors 'none'`);
    expect(DEFAULT_HEADER_POLICY).toBe(`${policy}; frame-ancestors 'none'`);
  });
});

describe("addPolicyMeta", () => {
  it("puts the policy right after <meta charset>, before the first script, and changes nothing else", () => {
    const html = addPolicyMeta(PAGE);
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"\/>/.exec(html);
    expect(meta?.[1]).toBe(pagePolicy(inlineScripts(PAGE)));
    expect(html.indexOf(meta?.[0] ?? "")).toBe(
      html.indexOf('<meta charSet="utf-8"/>') + '<meta charSet="utf-8"/>'.length,
    );
    expect(html.replace(meta?.[0] ?? "", "")).toBe(PAGE);
    expect(policyOf(html)).toBe(meta?.[1]);
    expect(inlineScripts(html)).toEqual(inlineScripts(PAGE));
  });

  it("goes straight after <head> when a script comes before <meta charset>", () => {
    const page = '<html><head><script>early()</script><meta charset="utf-8"></head><body></body></html>';
    const html = addPolicyMeta(page);
    expect(html).toMatch(/^<html><head><meta http-equiv="Content-Security-Policy" content="[^"]+"\/><script>early/);
    expect(policyOf(html)).toContain(scriptHash("early()"));
  });

  it("refuses a page that has no <head> or already has a policy", () => {
    expect(() => addPolicyMeta("<p>no head</p>", "x.html")).toThrow(/x\.html: the page has no <head>/);
    expect(() => addPolicyMeta(addPolicyMeta(PAGE), "y.html")).toThrow(/y\.html: the page already has/);
  });
});

describe("nginxPolicyMap", () => {
  it("maps each page's file URI to its header policy, and anything else to the default", () => {
    const map = nginxPolicyMap([
      { uri: "/index.html", policy: pagePolicy(["home();"]) },
      { uri: "/404.html", policy: pagePolicy(["notFound();"]) },
    ]);
    expect(map).toContain("map $uri $glass_heart_csp {");
    expect(map).toContain(`    default "${DEFAULT_HEADER_POLICY}";`);
    expect(map).toContain(`    "/index.html" "${headerPolicy(pagePolicy(["home();"]))}";`);
    expect(map).toContain(`    "/404.html" "${headerPolicy(pagePolicy(["notFound();"]))}";`);
    expect(map).not.toContain("map_hash_bucket_size");
  });

  it("makes room in nginx's hash for a long page path", () => {
    const uri = `/reviews/${"a".repeat(60)}/index.html`;
    expect(nginxPolicyMap([{ uri, policy: pagePolicy([]) }])).toMatch(/^map_hash_bucket_size 128;$/m);
  });

  it("refuses a value nginx would read as a variable or the end of the string", () => {
    expect(() => nginxPolicyMap([{ uri: "/$x.html", policy: "" }])).toThrow(/Cannot write/);
    expect(() => nginxPolicyMap([{ uri: '/"x.html', policy: "" }])).toThrow(/Cannot write/);
  });
});
