/**
 * Every URL of the wiki is built here, so a link, the prerender list and the
 * sitemap can never disagree. Route patterns live in `src/routes.ts`; a test
 * checks that every path built here matches one of them.
 */
import type { Dataset } from "../data/schema";

export const paths = {
  home: () => "/",
  characters: () => "/characters",
  character: (slug: string) => `/characters/${slug}`,
  people: () => "/people",
  person: (slug: string) => `/people/${slug}`,
  members: () => "/members",
  bands: () => "/bands",
  band: (slug: string) => `/bands/${slug}`,
  episodes: () => "/episodes",
  episode: (episodeNumber: number) => `/episodes/${episodeNumber}`,
  songs: () => "/songs",
  song: (slug: string) => `/songs/${slug}`,
  reviews: () => "/reviews",
  review: (slug: string) => `/reviews/${slug}`,
  search: (query?: string) => (query ? `/search?${new URLSearchParams({ q: query }).toString()}` : "/search"),
  about: () => "/about",
  settings: () => "/settings",
  /** The relationship map, for everyone or for one band's members. */
  relationships: (band?: string) =>
    band ? `/relationships?${new URLSearchParams({ band }).toString()}` : "/relationships",
  timeline: () => "/timeline",
} as const;

/** Files at the site root that are not pages (the build writes or copies them there). */
export const siteFiles = {
  serviceWorker: "/sw.js",
  manifest: "/manifest.webmanifest",
  appleTouchIcon: "/apple-touch-icon.png",
} as const;

type PageData = Pick<Dataset, "characters" | "people" | "bands" | "episodes" | "songs" | "reviews">;

/** Every page of the site, one per entity plus the fixed pages: what gets prerendered. */
export function allPagePaths(data: PageData): string[] {
  return [
    paths.home(),
    paths.characters(),
    ...data.characters.map((c) => paths.character(c.id)),
    paths.people(),
    ...data.people.map((p) => paths.person(p.id)),
    paths.members(),
    paths.bands(),
    ...data.bands.map((b) => paths.band(b.id)),
    paths.episodes(),
    ...data.episodes.map((e) => paths.episode(e.number)),
    paths.songs(),
    ...data.songs.map((s) => paths.song(s.id)),
    paths.reviews(),
    ...data.reviews.map((r) => paths.review(r.id)),
    paths.search(),
    paths.about(),
    paths.settings(),
    paths.relationships(),
    paths.timeline(),
  ];
}
