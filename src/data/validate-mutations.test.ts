/**
 * Mutation test of the validator: each case breaks one copy of the real data in
 * one way, one per rule, and the validator must reject it with a message that
 * names the file, the entry and the field.
 */
import { describe, expect, it } from "vitest";
import albums from "./albums.json";
import bands from "./bands.json";
import characters from "./characters.json";
import episodes from "./episodes.json";
import people from "./people.json";
import reviews from "./reviews.json";
import songs from "./songs.json";
import sources from "./sources.json";
import { validateDataset } from "./validate";

type Raw = Record<string, Record<string, unknown>[]>;

const realData = () => structuredClone({ albums, bands, characters, episodes, people, reviews, songs, sources }) as Raw;

function at<T>(items: readonly T[] | undefined, index = 0): T {
  const item = items?.[index];
  if (item === undefined) throw new Error("the data has no such entry");
  return item;
}

/** The first character that stores a relationship, and its id. */
const related = (raw: Raw) => {
  const character = raw.characters?.find((c) => (c.relationships as unknown[]).length > 0);
  if (character === undefined) throw new Error("no character stores a relationship");
  return character;
};

const byId: Record<string, readonly { id: string }[]> = { albums, bands, characters, people, reviews, songs, sources };
/** The id of a collection's first entry, the one most mutations break. */
const firstId = (name: string) => at(byId[name]).id;

const MUTATIONS: [rule: string, breakIt: (raw: Raw) => void, expected: RegExp | string][] = [
  [
    "a dangling reference to a person",
    (raw) => {
      at(raw.characters).actor = "nobody-known";
    },
    `characters.json: "${firstId("characters")}".actor: unknown person "nobody-known"`,
  ],
  [
    "a dangling reference to a source",
    (raw) => {
      at(raw.bands).sources = ["no-such-source"];
    },
    `bands.json: "${firstId("bands")}".sources[0]: unknown source "no-such-source"`,
  ],
  [
    "a dangling reference to a band from an album",
    (raw) => {
      at(raw.albums).artist = "over-chrom";
    },
    `albums.json: "${firstId("albums")}".artist: unknown band "over-chrom"`,
  ],
  [
    "a duplicate id",
    (raw) => {
      raw.people?.push({ ...at(raw.people) });
    },
    `people.json: "${firstId("people")}".id: duplicate id "${firstId("people")}"`,
  ],
  [
    "a duplicate episode number (the episode's slug)",
    (raw) => {
      at(raw.episodes, 3).number = 3;
    },
    "episodes.json: 3.number: duplicate number 3",
  ],
  [
    "a malformed slug",
    (raw) => {
      at(raw.songs).id = "Glass Heart!";
    },
    /^songs\.json: "Glass Heart!"\.id: must be a lowercase ASCII slug/,
  ],
  [
    "a missing required field",
    (raw) => {
      Reflect.deleteProperty(at(raw.people), "summary");
    },
    new RegExp(`^people\\.json: "${firstId("people")}"\\.summary: .*received undefined`),
  ],
  [
    "a wrong type",
    (raw) => {
      at(raw.episodes).runtimeMinutes = "54";
    },
    /^episodes\.json: 1\.runtimeMinutes: .*expected number/,
  ],
  [
    "a spoiler tag above 10",
    (raw) => {
      at(at(raw.characters).profile as Record<string, unknown>[]).revealedIn = 11;
    },
    `characters.json: "${firstId("characters")}".profile[0].revealedIn: must be an episode from 1 to 10`,
  ],
  [
    "a spoiler tag below 1",
    (raw) => {
      at(raw.reviews).spoilsUpTo = 0;
    },
    `reviews.json: "${firstId("reviews")}".spoilsUpTo: must be an episode from 1 to 10`,
  ],
  [
    "a malformed URL",
    (raw) => {
      at(raw.sources).url = "www.example.org/no-scheme";
    },
    `sources.json: "${firstId("sources")}".url: must be an http(s) URL`,
  ],
  [
    "a script URL",
    (raw) => {
      at(raw.reviews).url = "javascript:alert(1)";
    },
    `reviews.json: "${firstId("reviews")}".url: must be an http(s) URL`,
  ],
  [
    "a malformed date",
    (raw) => {
      at(raw.episodes, 1).releaseDate = "2025-02-30";
    },
    "episodes.json: 2.releaseDate: must be a date written YYYY-MM-DD",
  ],
  [
    "an empty text",
    (raw) => {
      at(raw.bands).summary = "   ";
    },
    `bands.json: "${firstId("bands")}".summary: must not be empty`,
  ],
  [
    "a missing episode",
    (raw) => {
      raw.episodes = (raw.episodes ?? []).filter((e) => e.number !== 10);
    },
    "episodes.json: episode 10 is missing",
  ],
  [
    "a relationship stored on both characters",
    (raw) => {
      const character = related(raw);
      const relationship = at(character.relationships as Record<string, unknown>[]);
      const other = raw.characters?.find((c) => c.id === relationship.to);
      (other?.relationships as Record<string, unknown>[]).push({ ...relationship, to: character.id });
    },
    /^characters\.json: "[a-z-]+"\.relationships\[\d+\]: "[a-z-]+" is already stored at "[a-z-]+"\.relationships\[0\]$/,
  ],
];

describe("the validator on broken copies of the real data", () => {
  it("accepts the real data as it is", () => {
    expect(validateDataset(realData()).problems).toEqual([]);
  });

  it("has a mutation for at least ten rules", () => {
    expect(MUTATIONS.length).toBeGreaterThanOrEqual(10);
  });

  it.each(MUTATIONS)("rejects %s, naming file, entry and field", (_, breakIt, expected) => {
    const raw = realData();
    breakIt(raw);
    const { ok, problems } = validateDataset(raw);
    expect(ok).toBe(false);
    const matches = problems.filter((problem) =>
      typeof expected === "string" ? problem === expected : expected.test(problem),
    );
    expect(matches, problems.join("\n")).toHaveLength(1);
  });
});
