import { type RouteConfig, index, route } from "@react-router/dev/routes";

/** URL patterns; `src/lib/paths.ts` builds the matching links. */
export default [
  index("app/home-page.tsx"),
  route("characters", "features/characters/character-list-page.tsx"),
  route("characters/:slug", "features/characters/character-page.tsx"),
  route("people", "features/people/person-list-page.tsx"),
  route("people/:slug", "features/people/person-page.tsx"),
  route("members", "features/bands/members-page.tsx"),
  route("bands", "features/bands/band-list-page.tsx"),
  route("bands/:slug", "features/bands/band-page.tsx"),
  route("episodes", "features/episodes/episode-list-page.tsx"),
  route("episodes/:number", "features/episodes/episode-page.tsx"),
  route("songs", "features/songs/song-list-page.tsx"),
  route("songs/:slug", "features/songs/song-page.tsx"),
  route("reviews", "features/reviews/review-list-page.tsx"),
  route("reviews/:slug", "features/reviews/review-page.tsx"),
  route("search", "features/search/search-page.tsx"),
  route("about", "app/about-page.tsx"),
  route("settings", "features/settings/settings-page.tsx"),
  route("relationships", "features/relationships/relationships-page.tsx"),
  route("timeline", "features/timeline/timeline-page.tsx"),
  route("*", "app/not-found-page.tsx"),
] satisfies RouteConfig;
