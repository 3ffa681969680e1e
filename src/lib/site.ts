import { siteUrlFrom } from "./site-url";

export const SITE_URL = siteUrlFrom(import.meta.env.VITE_SITE_URL);

export const absoluteUrl = (path: string) => `${SITE_URL}${path}`;

/** The preview card generated at build time for the page at `path` (see scripts/preview-images.ts). */
export const previewImagePath = (path: string) => `/og${path === "/" ? "/home" : path}.png`;
