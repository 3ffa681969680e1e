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
