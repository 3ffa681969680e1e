/** One page of every kind the wiki has, for the checks that need every route type but not every page. */
export const ROUTE_TYPES = [
  { kind: "home", url: "/" },
  { kind: "character list", url: "/characters" },
  { kind: "character", url: "/characters/naoki-fujitani" },
  { kind: "members", url: "/members" },
  { kind: "band list", url: "/bands" },
  { kind: "band", url: "/bands/tenblank" },
  { kind: "episode list", url: "/episodes" },
  { kind: "episode", url: "/episodes/2" },
  { kind: "song list", url: "/songs" },
  { kind: "song", url: "/songs/matrix" },
  { kind: "people list", url: "/people" },
  { kind: "person", url: "/people/takeru-satoh" },
  { kind: "review list", url: "/reviews" },
  { kind: "review", url: "/reviews/seriedrama" },
  { kind: "relationship map", url: "/relationships" },
  { kind: "timeline", url: "/timeline" },
  { kind: "search", url: "/search?q=toya" },
  { kind: "about", url: "/about" },
  { kind: "settings", url: "/settings" },
  { kind: "not found", url: "/no-such-page" },
] as const;

export const THEMES = ["light", "dark"] as const;
export type Theme = (typeof THEMES)[number];

/** The localStorage key and values of src/lib/theme.ts, as a reader's stored choice. */
export const THEME_KEY = "glass-heart-wiki:theme";
