/**
 * The one spoiler rule of the wiki: an item tagged with the episode that reveals
 * it is shown only to a reader who has watched that far. Untagged items are
 * premise-level and always shown.
 */
export type Watched = number;

/** A reader who has not said how far they are is treated as having seen nothing. */
export const NOTHING_WATCHED: Watched = 0;

export type SpoilerTagged = { revealedIn?: number | undefined };

export function isRevealed(item: SpoilerTagged, watched: Watched): boolean {
  return item.revealedIn === undefined || item.revealedIn <= watched;
}

export function partitionBySpoiler<T extends SpoilerTagged>(
  items: readonly T[],
  watched: Watched,
): { shown: T[]; hidden: T[] } {
  const shown: T[] = [];
  const hidden: T[] = [];
  for (const item of items) (isRevealed(item, watched) ? shown : hidden).push(item);
  return { shown, hidden };
}

/** The later of two spoiler tags: something that needs both facts is known once both are. */
export function laterReveal(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.max(a, b);
}

/**
 * What happens in an episode is part of that episode: a beat, a song placement
 * or a story event of episode N is hidden until N has been watched, even when
 * its text carries no twist tag. Episode 1's setup is the premise and is shown
 * to every reader.
 */
export function inEpisode(episodeNumber: number | undefined, revealedIn: number | undefined): number | undefined {
  return laterReveal(episodeNumber !== undefined && episodeNumber > 1 ? episodeNumber : undefined, revealedIn);
}

/** The episode after which a story event (a band's performance) may be shown. */
export const eventRevealedIn = (event: { episode?: number | undefined; revealedIn?: number | undefined }) =>
  inEpisode(event.episode, event.revealedIn);

/** A review that gives away episode N's twists is read as revealed in N. */
export const reviewRevealedIn = (review: { spoilsUpTo?: number | undefined }) => review.spoilsUpTo;
