/** Where the site is served from when no address is configured: `npm start`'s local server. */
export const DEFAULT_SITE_URL = "http://localhost:4173";

/**
 * The site's public address without a trailing slash, from the one setting
 * `VITE_SITE_URL` (e.g. https://wiki.example.org). A value that is not an
 * http(s) URL is a configuration mistake and stops the build.
 */
export function siteUrlFrom(value: string | undefined): string {
  if (value === undefined || value.trim() === "") return DEFAULT_SITE_URL;
  const url = new URL(value.trim());
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new Error(`VITE_SITE_URL must be an http(s) URL, got "${value}"`);
  }
  return url.href.replace(/\/+$/, "");
}
