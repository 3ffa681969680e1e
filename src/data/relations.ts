/**
 * Back-links, derived from the one direction the data stores: a character names
 * its bands and actor, an episode names its characters and songs, a song names
 * its credits. Nothing here is stored twice.
 */
import { RELATIONSHIP_TYPES } from "./constants";
// A type-only import: a value import of the schema module would ship zod to the browser.
import type { Band, Character, Episode, Membership, Relationship, Song, Source } from "./schema";

export type BandMember<C extends Pick<Character, "memberships"> = Character> = { character: C; membership: Membership };

export function bandMembers<C extends Pick<Character, "memberships">>(bandId: string, characters: readonly C[]): BandMember<C>[] {
  return characters.flatMap((character) =>
    character.memberships
      .filter((membership) => membership.band === bandId)
      .map((membership) => ({ character, membership })),
  );
}

/** Roles of people who play in the band, as opposed to those who run it. */
const PLAYING_ROLES: ReadonlySet<Membership["role"]> = new Set(["leader", "member"]);

export type Bandmates<C extends Pick<Character, "memberships">> = { band: string; a: BandMember<C>; b: BandMember<C> };

/**
 * Every pair of characters who play in the same band, each pair once, derived
 * from their memberships. Managers and management are not bandmates.
 */
export function bandmatePairs<C extends Pick<Character, "memberships">>(
  bandId: string,
  characters: readonly C[],
): Bandmates<C>[] {
  const players = bandMembers(bandId, characters).filter(({ membership }) => PLAYING_ROLES.has(membership.role));
  return players.flatMap((a, i) => players.slice(i + 1).map((b) => ({ band: bandId, a, b })));
}

export type Role = { character: Character; as: "actor" | "singing voice" };

export function rolesOf(personId: string, characters: readonly Character[]): Role[] {
  return characters.flatMap((character): Role[] => [
    ...(character.actor === personId ? [{ character, as: "actor" as const }] : []),
    ...(character.singingVoice === personId ? [{ character, as: "singing voice" as const }] : []),
  ]);
}

export type RelationshipView = Omit<Relationship, "to" | "type"> & {
  other: Character;
  label: string;
  kind: (typeof RELATIONSHIP_TYPES)[Relationship["type"]]["kind"];
};

/** A character's relationships in both directions, with the right label for each side. */
export function relationshipsOf(character: Character, characters: readonly Character[]): RelationshipView[] {
  const byId = new Map(characters.map((c) => [c.id, c]));
  const outgoing = character.relationships.flatMap(({ to, type, ...rest }) => {
    const other = byId.get(to);
    const meta = RELATIONSHIP_TYPES[type];
    return other ? [{ ...rest, other, label: meta.label, kind: meta.kind }] : [];
  });
  const incoming = characters.flatMap((other) =>
    other.relationships
      .filter((r) => r.to === character.id)
      .map(({ to: _to, type, ...rest }) => {
        const meta = RELATIONSHIP_TYPES[type];
        return { ...rest, other, label: meta.inverse, kind: meta.kind };
      }),
  );
  return [...outgoing, ...incoming];
}

/** Episodes whose synopsis names the character, with the earliest beat that does. */
export function appearancesOf(characterId: string, episodes: readonly Episode[]): Episode[] {
  return episodes.filter((episode) => episode.beats.some((beat) => beat.characters.includes(characterId)));
}

export function episodesWithSong(songId: string, episodes: readonly Episode[]): Episode[] {
  return episodes.filter((episode) => episode.songs.some((s) => s.song === songId));
}

export function creditsOf(personId: string, songs: readonly Song[]) {
  return songs.flatMap((song) =>
    song.credits.filter((credit) => credit.person === personId).map((credit) => ({ song, credit })),
  );
}

export function tracksOf(albumId: string, songs: readonly Song[]): Song[] {
  return songs
    .filter((song) => song.album?.id === albumId)
    .sort((a, b) => (a.album?.track ?? Infinity) - (b.album?.track ?? Infinity));
}

export function sourcesById(ids: readonly string[], sources: readonly Source[]): Source[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return [...new Set(ids)].flatMap((id) => {
    const source = byId.get(id);
    return source ? [source] : [];
  });
}

/** Every source id cited anywhere inside an entity, in first-cited order. */
export function citedSources(entity: unknown): string[] {
  const found = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(walk);
      return;
    }
    if (!value || typeof value !== "object") return;
    for (const [key, child] of Object.entries(value)) {
      if (key === "sources" && Array.isArray(child)) {
        for (const id of child) if (typeof id === "string") found.add(id);
      } else walk(child);
    }
  };
  walk(entity);
  return [...found];
}

export type Reveal =
  | { kind: "character" | "band" | "song"; id: string; subject: string | Character["name"]; text: string }
  | { kind: "relationship"; from: CharacterLink; label: string; to: CharacterLink };

type CharacterLink = Pick<Character, "id" | "name">;

/** Everything the data tags as revealed in one episode, derived from the facts themselves. */
export function revealsOf(
  episodeNumber: number,
  { characters, bands, songs }: { characters: readonly Character[]; bands: readonly Band[]; songs: readonly Song[] },
): Reveal[] {
  const revealedHere = (item: { revealedIn?: number | undefined }) => item.revealedIn === episodeNumber;
  const byId = new Map(characters.map((c) => [c.id, c]));
  return [
    ...characters.flatMap((c) => [
      ...c.profile
        .filter(revealedHere)
        .map((f): Reveal => ({ kind: "character", id: c.id, subject: c.name, text: f.text })),
      ...c.relationships.filter(revealedHere).flatMap((r): Reveal[] => {
        const to = byId.get(r.to);
        return to
          ? [
              {
                kind: "relationship",
                from: { id: c.id, name: c.name },
                label: RELATIONSHIP_TYPES[r.type].label,
                to: { id: to.id, name: to.name },
              },
            ]
          : [];
      }),
    ]),
    ...bands.flatMap((b) =>
      [...b.history, ...b.performances]
        .filter(revealedHere)
        .map((f): Reveal => ({ kind: "band", id: b.id, subject: b.name, text: f.text })),
    ),
    ...songs.flatMap((s) =>
      s.notes.filter(revealedHere).map((f): Reveal => ({ kind: "song", id: s.id, subject: s.title, text: f.text })),
    ),
  ];
}
