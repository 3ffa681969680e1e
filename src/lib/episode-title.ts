import type { Episode } from "../data/schema";
import { NOTHING_WATCHED, inEpisode, isRevealed } from "./spoilers";

/** The title a reader knows the episode by: the English one where it is sourced, else the Japanese. */
export const episodeTitle = (episode: Pick<Episode, "title">): string | undefined =>
  episode.title.en ?? episode.title.ja;

/** "Episode 2: 旋律と結晶", or just "Episode 3" where no title is sourced. */
export function episodeHeading(episode: Pick<Episode, "number" | "title">): string {
  const title = episodeTitle(episode);
  return title ? `Episode ${episode.number}: ${title}` : `Episode ${episode.number}`;
}

/**
 * The description for link previews and search results, read by people who may
 * not have watched the episode: only what the spoiler rule shows a new reader.
 */
export function episodeDescription(episode: Pick<Episode, "number" | "beats">): string {
  const safe = episode.beats
    .filter((beat) => isRevealed({ revealedIn: inEpisode(episode.number, beat.revealedIn) }, NOTHING_WATCHED))
    .map((beat) => beat.text);
  return safe.length > 0
    ? safe.join(" ")
    : `Episode ${episode.number} of Glass Heart, the 2025 Netflix series about the band TENBLANK.`;
}
