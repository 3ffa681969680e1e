/**
 * Checks on the real content files, beyond what the schema can say: the data is
 * consistent, every twist is dated, and no prose is copied from the sources.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import albums from "./albums.json";
import bands from "./bands.json";
import characters from "./characters.json";
import episodes from "./episodes.json";
import people from "./people.json";
import { bandMembers, citedSources, relationshipsOf } from "./relations";
import reviews from "./reviews.json";
import { EPISODE_COUNT, type Dataset } from "./schema";
import songs from "./songs.json";
import sources from "./sources.json";
import { reviewTitle } from "../lib/review-text";
import { validateDataset } from "./validate";

const result = validateDataset({ characters, people, bands, episodes, songs, albums, reviews, sources });
if (!result.ok) throw new Error(`The content is invalid:\n${result.problems.join("\n")}`);
const data: Dataset = result.data;

/** Every string value inside a value, with the path to it, except URLs. */
function proseOf(value: unknown, path = ""): { path: string; text: string }[] {
  if (typeof value === "string") return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => proseOf(item, `${path}[${i}]`));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, child]) => (key === "url" ? [] : proseOf(child, `${path}.${key}`)));
  }
  return [];
}

const normalise = (text: string) => text.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, " ");

const WINDOW = 60;

function windowsOf(text: string): Set<string> {
  const flat = normalise(text);
  const windows = new Set<string>();
  for (let i = 0; i + WINDOW <= flat.length; i++) windows.add(flat.slice(i, i + WINDOW));
  return windows;
}

function sharedRun(text: string, windows: Set<string>): string | undefined {
  const flat = normalise(text);
  for (let i = 0; i + WINDOW <= flat.length; i++) {
    const run = flat.slice(i, i + WINDOW);
    if (windows.has(run)) return run;
  }
  return undefined;
}

describe("the content", () => {
  it("passes the validator", () => {
    expect(result.problems).toEqual([]);
  });

  it("gives every entity at least one source that exists", () => {
    const known = new Set(data.sources.map((s) => s.id));
    const entities = [
      ...data.characters,
      ...data.people,
      ...data.bands,
      ...data.songs,
      ...data.albums,
      ...data.reviews,
    ];
    for (const entity of [...entities, ...data.episodes]) {
      const cited = citedSources(entity);
      expect(cited.length, JSON.stringify(entity).slice(0, 60)).toBeGreaterThan(0);
      for (const id of cited) expect(known, id).toContain(id);
    }
  });

  it("cites every source it lists", () => {
    const cited = new Set(
      [
        ...data.characters,
        ...data.people,
        ...data.bands,
        ...data.episodes,
        ...data.songs,
        ...data.albums,
        ...data.reviews,
      ].flatMap(citedSources),
    );
    expect(data.sources.filter((s) => !cited.has(s.id)).map((s) => s.id)).toEqual([]);
  });

  it("lists each character with a band among that band's members, with the same part", () => {
    for (const character of data.characters) {
      for (const membership of character.memberships) {
        const members = bandMembers(membership.band, data.characters);
        expect(
          members.map((m) => m.character.id),
          `${character.id} in ${membership.band}`,
        ).toContain(character.id);
      }
    }
  });

  it("links every actor page back to its character", () => {
    for (const character of data.characters) {
      if (!character.actor) continue;
      const actor = data.people.find((p) => p.id === character.actor);
      expect(
        actor?.roles.map((r) => r.role),
        character.id,
      ).toContain("actor");
    }
  });

  it("shows each relationship on both characters' pages", () => {
    for (const character of data.characters) {
      for (const relationship of character.relationships) {
        const other = data.characters.find((c) => c.id === relationship.to);
        expect(other, relationship.to).toBeDefined();
        if (other) expect(relationshipsOf(other, data.characters).map((r) => r.other.id)).toContain(character.id);
      }
    }
  });

  it("tags every twist with an episode from 1 to 10", () => {
    const tags = JSON.stringify(data).match(/"revealedIn":-?[\d.]+/g) ?? [];
    expect(tags.length).toBeGreaterThan(20);
    for (const tag of tags) {
      const episode = Number(tag.split(":")[1]);
      expect(episode).toBeGreaterThanOrEqual(1);
      expect(episode).toBeLessThanOrEqual(EPISODE_COUNT);
    }
  });

  it("keeps the famous twists hidden behind their episodes", () => {
    const toya = data.characters.find((c) => c.id === "toya-shinzaki");
    const brothers = toya?.relationships.find((r) => r.type === "half-brother");
    expect(brothers?.revealedIn).toBe(5);
    const naoki = data.characters.find((c) => c.id === "naoki-fujitani");
    const untagged = naoki?.profile.filter((f) => f.revealedIn === undefined).map((f) => f.text.toLowerCase()) ?? [];
    for (const word of ["tumour", "tumor", "ill", "half-brother", "stole"]) {
      expect(
        untagged.some((text) => new RegExp(`\\b${word}\\b`).test(text)),
        word,
      ).toBe(false);
    }
  });

  it("gives every review a title of its own", () => {
    const titles = data.reviews.map(reviewTitle);
    expect(titles.filter((title, i) => titles.indexOf(title) !== i)).toEqual([]);
  });

  it("keeps review quotations to a few words", () => {
    for (const review of data.reviews) {
      for (const quote of review.quotes) expect(quote.text.split(/\s+/).length, quote.text).toBeLessThanOrEqual(8);
    }
  });
});

// The research sheets and seed reviews sit beside the repository, as in CI.
const SHARED = resolve(process.cwd(), "..", "shared");
const SEEDS = process.env.SEEDS_DIR ?? resolve(SHARED, "seeds");
const RESEARCH = resolve(SHARED, "research");
const haveSeeds = existsSync(SEEDS);

describe.runIf(haveSeeds || process.env.CI)("prose written in our own words", () => {
  it.each([
    ["the seed reviews", SEEDS],
    ["the research sheets", RESEARCH],
  ])("shares no run of %s characters with %s", (_, dir) => {
    const files = readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f));
    expect(files.length).toBeGreaterThan(0);
    const windows = new Set(files.flatMap((f) => [...windowsOf(readFileSync(`${dir}/${f}`, "utf8"))]));
    const copied = proseOf(data).flatMap(({ path, text }) => {
      const run = sharedRun(text, windows);
      return run ? [`${path}: "${run}"`] : [];
    });
    expect(copied).toEqual([]);
  });

  it("would notice a copied sentence", () => {
    const seed = readFileSync(`${SEEDS}/${readdirSync(SEEDS)[0] ?? ""}`, "utf8");
    const sentence = seed.slice(200, 200 + WINDOW + 10);
    expect(sharedRun(`Our text, then ${sentence}`, windowsOf(seed))).toBeDefined();
  });
});
