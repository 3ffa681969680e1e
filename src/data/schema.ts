/**
 * The wiki's content model. Every JSON file in this folder is checked against
 * these schemas by `npm run validate`; the app's types are inferred from them,
 * so the data and the code can never drift apart.
 *
 * Conventions shared by every collection:
 * - Entries reference each other by id (slug) and episodes by number; a link in
 *   one direction is enough, the other direction is derived (see `relations.ts`).
 * - `revealedIn` tags a plot-sensitive fact with the episode that reveals it.
 *   A fact without it is premise-level and safe for a reader who has seen nothing.
 * - `sources` lists ids from `sources.json`; every entity has at least one.
 */
import { z } from "zod";
import { EPISODE_COUNT, RELATIONSHIP_TYPES } from "./constants";

export { EPISODE_COUNT, RELATIONSHIP_TYPES };

export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a lowercase ASCII slug like naoki-fujitani");

export const episodeNumberSchema = z
  .int("must be a whole episode number")
  .min(1, `must be an episode from 1 to ${EPISODE_COUNT}`)
  .max(EPISODE_COUNT, `must be an episode from 1 to ${EPISODE_COUNT}`);

const isoDateSchema = z.iso.date("must be a date written YYYY-MM-DD");
const textSchema = z.string().trim().min(1, "must not be empty");
const sourceIdsSchema = z.array(slugSchema).min(1, "must list at least one source");

/** One statement in our own words, with its provenance and spoiler tag. */
export const factSchema = z.strictObject({
  text: textSchema,
  revealedIn: episodeNumberSchema.optional(),
  sources: sourceIdsSchema,
});

/**
 * A person's or character's name. Romaji is stored with macrons (Saijō) and the
 * family and given names apart, so the reader's preferred order and macron style
 * can be applied when it is shown. Japanese script is always family name first.
 */
export const nameSchema = z.strictObject({
  given: textSchema,
  family: textSchema.optional(),
  /** Full name in Japanese script (kanji and/or kana), family name first. */
  native: textSchema.optional(),
  /** Reading in hiragana, family and given name separated by a space. */
  kana: textSchema.optional(),
  /** Western names (CJ Baran) keep given-name-first whatever the reader prefers. */
  alwaysGivenFirst: z.boolean().optional(),
  /** Other spellings fans meet (Sato Takeru, 宮崎優, TEN BLANK...). */
  aliases: z.array(textSchema).optional(),
  /** Where sources disagree about the name or its spelling. */
  note: textSchema.optional(),
});

export const INSTRUMENTS = ["vocals", "guitar", "bass", "drums", "keyboards", "piano", "chorus"] as const;
export const instrumentSchema = z.enum(INSTRUMENTS);

export const MEMBERSHIP_ROLES = ["leader", "member", "manager", "management"] as const;

export const membershipSchema = z.strictObject({
  band: slugSchema,
  role: z.enum(MEMBERSHIP_ROLES),
  /** Empty when the sources do not say what the member plays. */
  instruments: z.array(instrumentSchema),
  revealedIn: episodeNumberSchema.optional(),
  sources: sourceIdsSchema,
});

export type RelationshipType = keyof typeof RELATIONSHIP_TYPES;
const relationshipTypes = Object.keys(RELATIONSHIP_TYPES) as [RelationshipType, ...RelationshipType[]];

export const relationshipSchema = z.strictObject({
  type: z.enum(relationshipTypes),
  to: slugSchema,
  /** Detail in our own words, shown beside the relationship. */
  note: textSchema.optional(),
  revealedIn: episodeNumberSchema.optional(),
  sources: sourceIdsSchema,
});

export const characterSchema = z.strictObject({
  id: slugSchema,
  name: nameSchema,
  /** Premise-safe one-liner: who they are when the story starts. */
  summary: textSchema,
  actor: slugSchema.optional(),
  /** The singer who voices the character's songs, where it is not the actor. */
  singingVoice: slugSchema.optional(),
  memberships: z.array(membershipSchema),
  firstAppearance: episodeNumberSchema.optional(),
  profile: z.array(factSchema).min(1, "must have at least one profile line"),
  relationships: z.array(relationshipSchema),
  sources: sourceIdsSchema,
});

export const PERSON_ROLES = [
  "actor",
  "singing-voice",
  "director",
  "cinematographer",
  "head-writer",
  "writer",
  "novelist",
  "executive-producer",
  "producer",
  "composer",
  "lyricist",
  "arranger",
  "mastering-engineer",
  "musician",
  "vocalist",
  "score-composer",
] as const;

export const personSchema = z.strictObject({
  id: slugSchema,
  name: nameSchema,
  summary: textSchema,
  roles: z
    .array(z.strictObject({ role: z.enum(PERSON_ROLES), note: textSchema.optional() }))
    .min(1, "must hold at least one role in the series"),
  /** Real-world facts about the person (no spoilers apply). */
  bio: z.array(factSchema),
  sources: sourceIdsSchema,
});

export const eventSchema = z.strictObject({
  text: textSchema,
  date: isoDateSchema.optional(),
  episode: episodeNumberSchema.optional(),
  venue: textSchema.optional(),
  revealedIn: episodeNumberSchema.optional(),
  sources: sourceIdsSchema,
});

export const bandSchema = z.strictObject({
  id: slugSchema,
  name: textSchema,
  native: textSchema.optional(),
  aliases: z.array(textSchema).optional(),
  kind: z.enum(["band", "unit"]),
  summary: textSchema,
  /** How the band forms and what happens to it, in story order. */
  history: z.array(factSchema),
  /** Notable performances in the story. */
  performances: z.array(eventSchema),
  /** The real-world releases and events of the band, kept apart from the story. */
  inRealLife: z.array(eventSchema),
  sources: sourceIdsSchema,
});

export const episodeSchema = z.strictObject({
  number: episodeNumberSchema,
  /** Titles stay empty where no source gives them. */
  title: z.strictObject({
    ja: textSchema.optional(),
    en: textSchema.optional(),
    note: textSchema.optional(),
  }),
  releaseDate: isoDateSchema,
  runtimeMinutes: z.int().positive().optional(),
  /** The synopsis as a list of beats, each naming the characters in it. */
  beats: z
    .array(
      z.strictObject({
        text: textSchema,
        characters: z.array(slugSchema),
        revealedIn: episodeNumberSchema.optional(),
        sources: sourceIdsSchema,
      }),
    )
    .min(1, "must have at least one beat"),
  songs: z.array(
    z.strictObject({
      song: slugSchema,
      note: textSchema.optional(),
      revealedIn: episodeNumberSchema.optional(),
      sources: sourceIdsSchema,
    }),
  ),
  locations: z.array(textSchema),
  sources: sourceIdsSchema,
});

export const CREDIT_ROLES = ["lyrics", "music", "arrangement", "vocals", "performance"] as const;

export const songSchema = z.strictObject({
  id: slugSchema,
  title: textSchema,
  /** Romanised or translated titles (Senritsu to Kesshō, Crystalline Echo). */
  altTitles: z.array(textSchema).optional(),
  artist: slugSchema.optional(),
  album: z.strictObject({ id: slugSchema, track: z.int().min(1).optional() }).optional(),
  releaseDate: isoDateSchema.optional(),
  credits: z.array(
    z.strictObject({
      role: z.enum(CREDIT_ROLES),
      person: slugSchema,
      note: textSchema.optional(),
    }),
  ),
  charts: z.array(
    z.strictObject({
      chart: textSchema,
      position: z.int().min(1),
      date: isoDateSchema.optional(),
      sources: sourceIdsSchema,
    }),
  ),
  /** In-story use and remarks, spoiler-tagged. */
  notes: z.array(factSchema),
  sources: sourceIdsSchema,
});

export const albumSchema = z.strictObject({
  id: slugSchema,
  title: textSchema,
  artist: slugSchema,
  label: textSchema.optional(),
  trackCount: z.int().min(1).optional(),
  releases: z.array(z.strictObject({ format: textSchema, date: isoDateSchema, sources: sourceIdsSchema })),
  notes: z.array(factSchema),
  sources: sourceIdsSchema,
});

export const reviewSchema = z.strictObject({
  id: slugSchema,
  /** The outlet's name; absent where the sources could not identify it. */
  outlet: textSchema.optional(),
  author: textSchema.optional(),
  url: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).optional(),
  date: isoDateSchema.optional(),
  language: z.enum(["en", "ja", "it", "es", "th"]),
  /** The score exactly as printed, with its scale where one is given; null = no score. */
  score: z
    .strictObject({
      given: textSchema,
      value: z.number().optional(),
      outOf: z.number().positive().optional(),
      note: textSchema.optional(),
    })
    .nullable(),
  verdict: textSchema,
  keyPoints: z.array(factSchema),
  quotes: z
    .array(z.strictObject({ text: textSchema.max(60, "a quotation is a few words at most") }))
    .max(2, "at most two quotations"),
  /** The latest episode whose twists the review gives away; absent = spoiler-free. */
  spoilsUpTo: episodeNumberSchema.optional(),
  /** File name in the seed folder this review started from, if any. */
  seed: textSchema.optional(),
  sources: sourceIdsSchema,
});

export const sourceSchema = z.strictObject({
  id: slugSchema,
  url: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }),
  title: textSchema,
  publisher: textSchema,
  language: z.enum(["en", "ja", "it", "es", "pt", "th", "de"]),
  kind: z.enum(["news", "review", "blog", "recap", "official", "lyrics", "reference"]),
  /** Why it is weak or what it is used for only, where that matters. */
  note: textSchema.optional(),
});

export const collectionSchemas = {
  characters: z.array(characterSchema),
  people: z.array(personSchema),
  bands: z.array(bandSchema),
  episodes: z.array(episodeSchema),
  songs: z.array(songSchema),
  albums: z.array(albumSchema),
  reviews: z.array(reviewSchema),
  sources: z.array(sourceSchema),
} as const;

export type CollectionName = keyof typeof collectionSchemas;
export const COLLECTION_NAMES = Object.keys(collectionSchemas) as CollectionName[];

export type Fact = z.infer<typeof factSchema>;
export type Name = z.infer<typeof nameSchema>;
export type Instrument = z.infer<typeof instrumentSchema>;
export type Membership = z.infer<typeof membershipSchema>;
export type Relationship = z.infer<typeof relationshipSchema>;
export type Character = z.infer<typeof characterSchema>;
export type Person = z.infer<typeof personSchema>;
export type PersonRole = (typeof PERSON_ROLES)[number];
export type StoryEvent = z.infer<typeof eventSchema>;
export type Band = z.infer<typeof bandSchema>;
export type Episode = z.infer<typeof episodeSchema>;
export type Song = z.infer<typeof songSchema>;
export type Album = z.infer<typeof albumSchema>;
export type Review = z.infer<typeof reviewSchema>;
export type Source = z.infer<typeof sourceSchema>;

export type Dataset = { [K in CollectionName]: z.infer<(typeof collectionSchemas)[K]> };
