/**
 * Result groups and their order; small enough to load with every page, unlike
 * the index itself.
 */
/** The collections the index is built from. */
export const SEARCH_COLLECTIONS = ["characters", "people", "bands", "episodes", "songs", "reviews"] as const;

export const KINDS = ["character", "person", "band", "episode", "song", "review"] as const;
export type Kind = (typeof KINDS)[number];

export const KIND_LABELS: Record<Kind, string> = {
  character: "Characters",
  person: "Cast & crew",
  band: "Bands",
  episode: "Episodes",
  song: "Songs",
  review: "Reviews",
};

/** What a result needs to be shown; the engine's hits carry these fields. */
export type ResultItem = {
  key: string;
  kind: Kind;
  title: string;
  native?: string | undefined;
  url: string;
  hint: string;
};

export type ResultGroup<T extends ResultItem> = { kind: Kind; label: string; items: T[] };

/**
 * Hits grouped by kind, best first: the group holding the best hit leads, the
 * others follow in the fixed order (characters, cast & crew, bands, episodes,
 * songs, reviews); within a group hits keep their rank.
 */
export function groupResults<T extends ResultItem>(ranked: readonly T[]): ResultGroup<T>[] {
  const first = ranked[0]?.kind;
  const order = first === undefined ? KINDS : [first, ...KINDS.filter((k) => k !== first)];
  return order.flatMap((kind) => {
    const items = ranked.filter((hit) => hit.kind === kind);
    return items.length > 0 ? [{ kind, label: KIND_LABELS[kind], items }] : [];
  });
}

/** Example queries offered when the box is empty or nothing matched. */
export const EXAMPLE_QUERIES = ["Toya", "Satoh", "ふじたに", "the drummer", "藤谷", "Masaki Suda", "OVER CHROME"];
