/**
 * What search knows about each page, built from the collections for one reader:
 * only facts that reader has watched are included, so a hidden twist can neither
 * find a page nor appear in a hint.
 */
import { bandMembers, rolesOf } from "../../data/relations";
import { RELATIONSHIP_TYPES } from "../../data/constants";
import type { Dataset, Name } from "../../data/schema";
import { episodeHeading } from "../../lib/episode-title";
import { describeMembership } from "../../lib/membership-text";
import { formatName } from "../../lib/names";
import { paths } from "../../lib/paths";
import { reviewTitle } from "../../lib/review-text";
import { ROLE_LABELS } from "../../lib/role-labels";
import { filterForReader } from "../../lib/reader-view";
import type { Watched } from "../../lib/spoilers";
import type { Kind } from "./search-kinds";

export type SearchData = Pick<Dataset, "characters" | "people" | "bands" | "episodes" | "songs" | "reviews">;

/**
 * Fields from most to least telling. A hit on a name outranks a hit on a role,
 * which outranks one on a linked name, which outranks one in running text.
 */
export const FIELDS = ["name", "role", "link", "text"] as const;
export type Field = (typeof FIELDS)[number];

/** One searchable line: the text that is indexed and the hint shown when it matches. */
export type Entry = { text: string; hint: string };

export type SearchDocument = {
  id: string;
  kind: Kind;
  title: string;
  /** The name in Japanese script, shown beside the title. */
  native?: string | undefined;
  url: string;
  fields: Record<Field, Entry[]>;
};

/** Every way a name is written: both orders, joined without a space, macrons or not, native, kana, aliases. */
export function nameSpellings(name: Name): string[] {
  const spellings = [name.given];
  if (name.family !== undefined) {
    spellings.push(
      `${name.given} ${name.family}`,
      `${name.family} ${name.given}`,
      `${name.given}${name.family}`,
      `${name.family}${name.given}`,
    );
  }
  if (name.native !== undefined) spellings.push(name.native);
  if (name.kana !== undefined) spellings.push(name.kana, name.kana.replace(/\s+/g, ""));
  spellings.push(...(name.aliases ?? []));
  return spellings;
}

const nameEntries = (spellings: readonly string[], hint: string): Entry[] => spellings.map((text) => ({ text, hint }));

const listOr = (items: readonly string[], fallback: string) => (items.length > 0 ? items.join("; ") : fallback);

export function buildSearchDocuments(data: SearchData, watched: Watched): SearchDocument[] {
  // The one spoiler filter: what follows indexes only what this reader may see.
  const { characters, people, bands, episodes, songs, reviews } = filterForReader(data, watched);
  const bandName = new Map(bands.map((b) => [b.id, b.name]));
  const personName = new Map(people.map((p) => [p.id, formatName(p.name)]));
  const characterName = new Map(characters.map((c) => [c.id, formatName(c.name)]));
  const songTitle = new Map(songs.map((s) => [s.id, s.title]));

  const characterDocs = characters.map((character): SearchDocument => {
    const title = formatName(character.name);
    const memberships = character.memberships.map((m) => `${describeMembership(m)}, ${bandName.get(m.band) ?? m.band}`);
    const describe = listOr(memberships, character.summary);
    const actor = character.actor === undefined ? undefined : personName.get(character.actor);
    const voice = character.singingVoice === undefined ? undefined : personName.get(character.singingVoice);
    const relationships = character.relationships.flatMap((r) => {
      const other = characterName.get(r.to);
      return other === undefined ? [] : [`${RELATIONSHIP_TYPES[r.type].label} ${other}`];
    });
    const incoming = characters.flatMap((other) =>
      other.relationships
        .filter((r) => r.to === character.id)
        .map((r) => `${RELATIONSHIP_TYPES[r.type].inverse} ${formatName(other.name)}`),
    );
    return {
      id: character.id,
      kind: "character",
      title,
      native: character.name.native,
      url: paths.character(character.id),
      fields: {
        name: nameEntries(nameSpellings(character.name), describe),
        role: memberships.map((text) => ({ text, hint: text })),
        link: [
          ...(actor === undefined ? [] : [{ text: actor, hint: `played by ${actor}` }]),
          ...(voice === undefined ? [] : [{ text: voice, hint: `singing voice: ${voice}` }]),
        ],
        text: [
          { text: character.summary, hint: character.summary },
          ...[...relationships, ...incoming].map((text) => ({ text, hint: text })),
          ...character.profile.map((f) => ({ text: f.text, hint: f.text })),
        ],
      },
    };
  });

  const personDocs = people.map((person): SearchDocument => {
    const roles = person.roles.map((r) => ROLE_LABELS[r.role]);
    const plays = rolesOf(person.id, characters).map(
      ({ character, as }) => `${as === "actor" ? "actor" : "singing voice"} of ${formatName(character.name)}`,
    );
    const credits = songs.flatMap((song) =>
      song.credits.filter((c) => c.person === person.id).map((c) => `${c.role}, ${song.title}`),
    );
    const describe = listOr(plays, roles.join(", "));
    return {
      id: person.id,
      kind: "person",
      title: formatName(person.name),
      native: person.name.native,
      url: paths.person(person.id),
      fields: {
        name: nameEntries(nameSpellings(person.name), describe),
        role: roles.map((text) => ({ text, hint: roles.join(", ") })),
        link: [...plays, ...credits].map((text) => ({ text, hint: text })),
        text: [person.summary, ...person.bio.map((f) => f.text)].map((text) => ({ text, hint: text })),
      },
    };
  });

  const bandDocs = bands.map((band): SearchDocument => {
    const members = bandMembers(band.id, characters).map(
      ({ character, membership }) => `${formatName(character.name)} (${describeMembership(membership)})`,
    );
    return {
      id: band.id,
      kind: "band",
      title: band.name,
      native: band.native,
      url: paths.band(band.id),
      fields: {
        name: nameEntries(
          [band.name, band.name.replace(/\s+/g, ""), band.native ?? "", ...(band.aliases ?? [])],
          band.kind,
        ),
        role: [{ text: band.kind, hint: band.kind }],
        link: members.map((text) => ({ text, hint: `member: ${text}` })),
        text: [band.summary, ...band.history.map((f) => f.text), ...band.performances.map((e) => e.text)].map(
          (text) => ({ text, hint: text }),
        ),
      },
    };
  });

  const episodeDocs = episodes.map((episode): SearchDocument => {
    const heading = episodeHeading(episode);
    const describe = `released ${episode.releaseDate}`;
    const titles = [episode.title.en, episode.title.ja].filter((t): t is string => t !== undefined);
    const songNames = episode.songs.flatMap((s) => {
      const t = songTitle.get(s.song);
      return t === undefined ? [] : [t];
    });
    return {
      id: String(episode.number),
      kind: "episode",
      title: heading,
      url: paths.episode(episode.number),
      fields: {
        name: nameEntries([`episode ${episode.number}`, `ep${episode.number}`, ...titles], describe),
        role: [],
        link: songNames.map((text) => ({ text, hint: `song: ${text}` })),
        text: [...episode.beats.map((b) => b.text), ...episode.locations].map((text) => ({ text, hint: text })),
      },
    };
  });

  const songDocs = songs.map((song): SearchDocument => {
    const artist = song.artist === undefined ? undefined : bandName.get(song.artist);
    const credits = song.credits.flatMap((c) => {
      const who = personName.get(c.person);
      return who === undefined ? [] : [`${c.role} by ${who}`];
    });
    const describe = artist === undefined ? "song" : `song by ${artist}`;
    return {
      id: song.id,
      kind: "song",
      title: song.title,
      url: paths.song(song.id),
      fields: {
        name: nameEntries([song.title, ...(song.altTitles ?? [])], describe),
        role: [],
        link: [
          ...(artist === undefined ? [] : [{ text: artist, hint: describe }]),
          ...credits.map((text) => ({ text, hint: text })),
        ],
        text: song.notes.map((f) => ({ text: f.text, hint: f.text })),
      },
    };
  });

  const reviewDocs = reviews.map((review): SearchDocument => {
    const title = reviewTitle(review);
    // A review that gives away a later episode has no verdict here (filterForReader removed it),
    // so it is found by who wrote it, never by what it says.
    const describe = [review.date, review.language].filter(Boolean).join(", ");
    return {
      id: review.id,
      kind: "review",
      title: `Review: ${title}`,
      url: paths.review(review.id),
      fields: {
        name: nameEntries([review.outlet ?? "", review.author ?? ""], `review, ${describe}`),
        role: [],
        link: [],
        text: [...(review.verdict === undefined ? [] : [review.verdict]), ...review.keyPoints.map((f) => f.text)].map(
          (text) => ({
            text,
            hint: text,
          }),
        ),
      },
    };
  });

  return [...characterDocs, ...personDocs, ...bandDocs, ...episodeDocs, ...songDocs, ...reviewDocs].map((doc) => ({
    ...doc,
    fields: {
      name: doc.fields.name.filter((e) => e.text !== ""),
      role: doc.fields.role,
      link: doc.fields.link,
      text: doc.fields.text,
    },
  }));
}
