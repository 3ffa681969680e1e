import type { Episode } from "../data/schema";

/** "Episode 2: 旋律と結晶", or just "Episode 3" where no title is sourced. */
export function episodeHeading(episode: Pick<Episode, "number" | "title">): string {
  const title = episode.title.en ?? episode.title.ja;
  return title ? `Episode ${episode.number}: ${title}` : `Episode ${episode.number}`;
}
