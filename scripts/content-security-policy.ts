/**
 * A strict Content Security Policy for every prerendered page. Each page runs
 * inline scripts that differ from page to page (React Router's context and
 * stream data, the boot script defer-boot.ts writes, React's streaming helpers),
 * so instead of 'unsafe-inline' the policy lists the sha256 hash of each one.
 * The build writes the policy into the page as a <meta> (all a static host such
 * as GitHub Pages can deliver) and into an nginx map, so that nginx sends the
 * same policy as a header, plus frame-ancestors, which a <meta> cannot carry.
 */
import { createHash } from "node:crypto";
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";

/** Everything but script-src's hashes; nothing the site loads comes from another origin. */
const BASE_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "form-action 'self'",
  "base-uri 'self'",
  "object-src 'none'",
];
/** Only a header can forbid framing: browsers ignore frame-ancestors in a <meta>. */
const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

// The HTML standard's JavaScript MIME type essences: a script with any other
// type (application/ld+json, say) is a data block that never runs.
const JAVASCRIPT_TYPES = new Set([
  "application/ecmascript",
  "application/javascript",
  "application/x-ecmascript",
  "application/x-javascript",
  "text/ecmascript",
  "text/javascript",
  "text/javascript1.0",
  "text/javascript1.1",
  "text/javascript1.2",
  "text/javascript1.3",
  "text/javascript1.4",
  "text/javascript1.5",
  "text/jscript",
  "text/livescript",
  "text/x-ecmascript",
  "text/x-javascript",
]);
// Not JavaScript, but inline ones are still allowed or refused by script-src.
const OTHER_SCRIPT_TYPES = new Set(["module", "importmap", "speculationrules"]);

// A comment is matched first so that a <script> inside one is skipped. Quoted
// attribute values may hold ">"; a script's text ends at the first "</script".
const COMMENT_OR_SCRIPT =
  /<!--[\s\S]*?-->|<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script(?=[\s/>])[^>]*>/gi;
const META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/i;

const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

function attributesOf(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [, name = "", double, single, bare] of text.matchAll(ATTRIBUTE)) {
    attributes.set(name.toLowerCase(), double ?? single ?? bare ?? "");
  }
  return attributes;
}

function runs(attributeText: string): boolean {
  const attributes = attributesOf(attributeText);
  // A script with src runs the file, never its text; 'self' covers the file.
  if (attributes.has("src")) return false;
  const type = attributes.get("type")?.trim().toLowerCase();
  return !type || JAVASCRIPT_TYPES.has(type) || OTHER_SCRIPT_TYPES.has(type);
}

/** The text of every inline script the browser would run, in document order (data blocks and src scripts left out). */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(COMMENT_OR_SCRIPT)) {
    const [, attributes, text] = match;
    if (attributes !== undefined && text !== undefined && runs(attributes)) scripts.push(text);
  }
  return scripts;
}

/** The CSP source expression for one inline script: sha256 of its text as the browser sees it. */
export function scriptHash(text: string): string {
  // The HTML parser turns CRLF and CR into LF before the browser hashes the text.
  const normalized = text.replace(/\r\n?/g, "\n");
  return `'sha256-${createHash("sha256").update(normalized, "utf8").digest("base64")}'`;
}

/** The policy for a page with these inline scripts, in the form a <meta> can carry. */
export function pagePolicy(scripts: readonly string[]): string {
  const hashes = [...new Set(scripts.map(scriptHash))];
  return BASE_DIRECTIVES.map((directive) =>
    directive.startsWith("script-src ") && hashes.length > 0 ? `${directive} ${hashes.join(" ")}` : directive,
  ).join("; ");
}

/** The header nginx sends with a page whose <meta> policy is `policy`. */
export function headerPolicy(policy: string): string {
  return [policy, ...HEADER_ONLY_DIRECTIVES].join("; ");
}

/** For a response that is not a page, or a page built without a policy: no inline script runs. */
export const DEFAULT_HEADER_POLICY = headerPolicy(pagePolicy([]));

/**
 * Adds the page's policy as a <meta> before its first script, right after
 * <meta charset> where there is one. Run it after every other rewrite of the
 * page: a script changed later would no longer match its hash.
 */
export function addPolicyMeta(html: string, file = "page"): string {
  if (META.test(html)) throw new Error(`${file}: the page already has a Content-Security-Policy <meta>`);
  const policy = pagePolicy(inlineScripts(html));
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}"/>`;
  const head = /<head(?:\s[^>]*)?>/i.exec(html);
  if (!head) throw new Error(`${file}: the page has no <head> for its Content-Security-Policy <meta>`);
  const headEnd = head.index + head[0].length;
  // <meta charset> stays first; the policy must come before any script it governs.
  const headClose = html.search(/<\/head>/i);
  const headText = html.slice(headEnd, headClose < 0 ? undefined : headClose);
  const charset = /<meta\s+charset=[^>]*>/i.exec(headText);
  const firstScript = headText.search(/<script\b/i);
  const after =
    charset && (firstScript < 0 || charset.index < firstScript) ? headEnd + charset.index + charset[0].length : headEnd;
  return html.slice(0, after) + meta + html.slice(after);
}

/** The policy a page carries in its <meta>, if any. */
export function policyOf(html: string): string | undefined {
  return META.exec(html)?.[1];
}

export type PagePolicy = { uri: string; policy: string };

const MAP_VARIABLE = "$glass_heart_csp";

/**
 * An nginx include mapping each page's file URI (the value $uri has once
 * try_files or error_page has picked the file) to its header policy.
 */
export function nginxPolicyMap(pages: readonly PagePolicy[]): string {
  const quote = (value: string) => {
    if (/["\\$\n]/.test(value)) throw new Error(`Cannot write ${value} into the nginx policy map`);
    return `"${value}"`;
  };
  const sorted = [...pages].sort((a, b) => (a.uri < b.uri ? -1 : 1));
  // nginx stores map keys in hash buckets of 64 bytes unless told otherwise; a longer page path needs more.
  const longest = Math.max(0, ...sorted.map((page) => Buffer.byteLength(page.uri)));
  const bucket = longest > 48 ? [`map_hash_bucket_size ${2 ** Math.ceil(Math.log2(longest + 16))};`, ""] : [];
  return [
    "# Generated by `npm run build` (scripts/content-security-policy.ts): do not edit.",
    "# Each page's Content-Security-Policy, with the hashes of its own inline scripts.",
    ...bucket,
    `map $uri ${MAP_VARIABLE} {`,
    `    default ${quote(DEFAULT_HEADER_POLICY)};`,
    ...sorted.map((page) => `    ${quote(page.uri)} ${quote(headerPolicy(page.policy))};`),
    "}",
    "",
  ].join("\n");
}

/** The nginx map for every page under `root`, each with the policy its <meta> carries. */
export async function sitePolicyMap(root: string): Promise<string> {
  const pages: PagePolicy[] = [];
  for (const file of await readdir(root, { recursive: true })) {
    if (!file.endsWith(".html")) continue;
    const policy = policyOf(await readFile(join(root, file), "utf8"));
    if (policy !== undefined) pages.push({ uri: `/${file.split("\\").join("/")}`, policy });
  }
  return nginxPolicyMap(pages);
}
