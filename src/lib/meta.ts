import { isRouteErrorResponse, type MetaDescriptor } from "react-router";
import type { Thing } from "schema-dts";
import { absoluteUrl, previewImagePath } from "./site";

export const SITE_NAME = "Glass Heart Wiki";

const DESCRIPTION_LIMIT = 160;

function clip(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= DESCRIPTION_LIMIT) return flat;
  return `${flat.slice(0, DESCRIPTION_LIMIT - 1).replace(/\s+\S*$/, "")}…`;
}

export type PageMetaInput = {
  title: string;
  description: string;
  /** The page's canonical path, built with `paths`. */
  path: string;
  type?: "website" | "article" | "profile" | "video.episode" | "music.song";
  /** schema.org description of the page's subject, embedded as JSON-LD. */
  structuredData?: Thing;
};

/**
 * The head tags of one page: its own title, a description written from its
 * content, the canonical URL, and the Open Graph and Twitter tags that make a
 * shared link show a preview card.
 */
export function pageMeta({
  title,
  description,
  path,
  type = "website",
  structuredData,
}: PageMetaInput): MetaDescriptor[] {
  const fullTitle = title === SITE_NAME ? SITE_NAME : `${title} · ${SITE_NAME}`;
  const summary = clip(description);
  const url = absoluteUrl(path);
  const image = absoluteUrl(previewImagePath(path));
  return [
    { title: fullTitle },
    { name: "description", content: summary },
    { tagName: "link", rel: "canonical", href: url },
    { property: "og:site_name", content: SITE_NAME },
    { property: "og:title", content: title },
    { property: "og:description", content: summary },
    { property: "og:type", content: type },
    { property: "og:url", content: url },
    { property: "og:image", content: image },
    { property: "og:image:width", content: "1200" },
    { property: "og:image:height", content: "630" },
    { property: "og:image:alt", content: `${title}: ${SITE_NAME}` },
    { name: "twitter:card", content: "summary_large_image" },
    { name: "twitter:title", content: title },
    { name: "twitter:description", content: summary },
    { name: "twitter:image", content: image },
    ...(structuredData && typeof structuredData === "object"
      ? [{ "script:ld+json": { "@context": "https://schema.org", ...structuredData } }]
      : []),
  ];
}

/**
 * The 404 page is not a real page: no canonical link and no preview. Its HTTP
 * status (404) already keeps it out of search indexes.
 */
export const notFoundMeta = (): MetaDescriptor[] => [
  { title: `Page not found · ${SITE_NAME}` },
  {
    name: "description",
    content: "This page does not exist on the Glass Heart Wiki. Search the wiki or start from the home page.",
  },
];

/**
 * `meta` can run before a page's loader data exists: when the app boots from the
 * 404 fallback page, or when the loader failed and the error boundary shows.
 * The page then gets a generic title instead of crashing on the missing data.
 */
export function metaWhenLoaded<T>(
  loaderData: T | null | undefined,
  error: unknown,
  kind: string,
  headTags: (data: T) => MetaDescriptor[],
): MetaDescriptor[] {
  // The route's own boundary shows the not-found page for an unknown slug; the title says so too.
  if (isRouteErrorResponse(error) && error.status === 404) return notFoundMeta();
  if (loaderData === undefined || loaderData === null) return [{ title: `${kind} · ${SITE_NAME}` }];
  return headTags(loaderData);
}
