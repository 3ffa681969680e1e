/**
 * The spoiler filter against the real content: every tagged fact is hidden from
 * a reader one episode short of it and shown once they have watched it.
 */
import { describe, expect, it } from "vitest";
import albums from "../data/albums.json";
import bands from "../data/bands.json";
import characters from "../data/characters.json";
import episodes from "../data/episodes.json";
import people from "../data/people.json";
import { relationshipsOf } from "../data/relations";
import reviews from "../data/reviews.json";
import type { Dataset } from "../data/schema";
import songs from "../data/songs.json";
import sources from "../data/sources.json";
import { validateDataset } from "../data/validate";
import { formatName } from "./names";
import { filterForReader, type ReaderDataset } from "./reader-view";
import { NOTHING_WATCHED, eventRevealedIn, inEpisode } from "./spoilers";

const result = validateDataset({ characters, people, bands, episodes, songs, albums, reviews, sources });
if (!result.ok) throw new Error(result.problems.join("\n"));
const data: Dataset = result.data;

type Tagged = { label: string; episode: number; text: string; find: (view: ReaderDataset) => boolean };

/** Every spoiler-tagged statement in the data, with a way to find it in a filtered view. */
function taggedFacts(): Tagged[] {
  const facts: Tagged[] = [];
  for (const c of data.characters) {
    for (const f of c.profile) {
      if (f.revealedIn === undefined) continue;
      facts.push({
        label: `${c.id} profile`,
        episode: f.revealedIn,
        text: f.text,
        find: (v) => v.characters.some((x) => x.id === c.id && x.profile.some((p) => p.text === f.text)),
      });
    }
    for (const r of c.relationships) {
      if (r.revealedIn === undefined) continue;
      facts.push({
        label: `${c.id} ${r.type} ${r.to}`,
        episode: r.revealedIn,
        text: r.note ?? r.type,
        find: (v) =>
          v.characters.some((x) => x.id === c.id && x.relationships.some((y) => y.to === r.to && y.type === r.type)),
      });
    }
    for (const m of c.memberships) {
      if (m.revealedIn === undefined) continue;
      facts.push({
        label: `${c.id} in ${m.band}`,
        episode: m.revealedIn,
        text: m.band,
        find: (v) => v.characters.some((x) => x.id === c.id && x.memberships.some((y) => y.band === m.band)),
      });
    }
  }
  for (const b of data.bands) {
    for (const f of b.history) {
      if (f.revealedIn === undefined) continue;
      facts.push({
        label: `${b.id} history`,
        episode: f.revealedIn,
        text: f.text,
        find: (v) => v.bands.some((x) => x.id === b.id && x.history.some((h) => h.text === f.text)),
      });
    }
    for (const e of b.performances) {
      const episode = eventRevealedIn(e);
      if (episode === undefined) continue;
      facts.push({
        label: `${b.id} performance`,
        episode,
        text: e.text,
        find: (v) => v.bands.some((x) => x.id === b.id && x.performances.some((p) => p.text === e.text)),
      });
    }
  }
  for (const e of data.episodes) {
    for (const beat of e.beats) {
      const episode = inEpisode(e.number, beat.revealedIn);
      if (episode === undefined) continue;
      facts.push({
        label: `episode ${e.number} beat`,
        episode,
        text: beat.text,
        find: (v) => v.episodes.some((x) => x.number === e.number && x.beats.some((y) => y.text === beat.text)),
      });
    }
  }
  for (const s of data.songs) {
    for (const f of s.notes) {
      if (f.revealedIn === undefined) continue;
      facts.push({
        label: `${s.id} note`,
        episode: f.revealedIn,
        text: f.text,
        find: (v) => v.songs.some((x) => x.id === s.id && x.notes.some((n) => n.text === f.text)),
      });
    }
  }
  for (const r of data.reviews) {
    if (r.spoilsUpTo === undefined) continue;
    facts.push({
      label: `${r.id} verdict`,
      episode: r.spoilsUpTo,
      text: r.verdict,
      find: (v) => v.reviews.some((x) => x.id === r.id && x.verdict === r.verdict),
    });
  }
  return facts;
}

const facts = taggedFacts();

describe("filterForReader on the real content", () => {
  it("finds the twists the browser tests rely on", () => {
    expect(facts.length).toBeGreaterThan(50);
    expect(facts).toContainEqual(
      expect.objectContaining({ label: "toya-shinzaki half-brother naoki-fujitani", episode: 5 }),
    );
  });

  it.each(facts.map((f) => [f.label, f.episode, f] as const))(
    "%s: hidden before episode %i, shown from it",
    (_, episode, fact) => {
      expect(fact.find(filterForReader(data, episode - 1))).toBe(false);
      expect(fact.find(filterForReader(data, episode))).toBe(true);
    },
  );

  it("shows a new reader the premise and episode 1's setup, and nothing else of the story", () => {
    const view = filterForReader(data, NOTHING_WATCHED);
    const first = view.episodes.find((e) => e.number === 1);
    expect(first?.beats).toHaveLength(data.episodes.find((e) => e.number === 1)?.beats.length ?? -1);
    for (const e of view.episodes.filter((x) => x.number > 1)) expect(e.beats, `episode ${e.number}`).toEqual([]);
    const text = JSON.stringify(view);
    expect(text).not.toMatch(/half-brother of OVER CHROME|brain tumour|stabbed/i);
  });

  it("keeps every entity: names and premises are never spoilers", () => {
    const view = filterForReader(data, NOTHING_WATCHED);
    expect(view.characters.map((c) => c.id)).toEqual(data.characters.map((c) => c.id));
    expect(view.reviews.map((r) => r.id)).toEqual(data.reviews.map((r) => r.id));
  });

  it("filters only the collections it is given and leaves the input untouched", () => {
    const before = JSON.stringify(data.characters);
    const view = filterForReader({ characters: data.characters }, 0);
    expect(Object.keys(view)).toEqual(["characters"]);
    expect(JSON.stringify(data.characters)).toBe(before);
  });
});

describe("relationships follow the same rule in both directions", () => {
  const halfBrother = (watched: number, from: string) => {
    const view = filterForReader({ characters: data.characters }, watched);
    const character = view.characters.find((c) => c.id === from);
    if (!character) throw new Error(from);
    return relationshipsOf(character, view.characters)
      .filter((r) => r.label === "half-brother of")
      .map((r) => formatName(r.other.name));
  };

  it("hides the half-brothers from each other's pages until episode 5", () => {
    expect(halfBrother(4, "toya-shinzaki")).toEqual([]);
    expect(halfBrother(4, "naoki-fujitani")).toEqual([]);
    expect(halfBrother(5, "toya-shinzaki")).toEqual(["Naoki Fujitani"]);
    expect(halfBrother(5, "naoki-fujitani")).toEqual(["Toya Shinzaki"]);
  });
});

describe("searching the filtered data", () => {
  /** What a search over the reader's view can match: every string in it. */
  const searchable = (watched: number) => JSON.stringify(filterForReader(data, watched)).toLowerCase();

  it("cannot find a twist before its episode, and finds it from then on", () => {
    for (const fact of facts.filter((f) => f.text.length > 30)) {
      // A text repeated in an earlier, untagged place is not a twist of this one.
      const elsewhere = searchable(0).includes(fact.text.toLowerCase());
      if (elsewhere) continue;
      expect(searchable(fact.episode - 1), fact.label).not.toContain(fact.text.toLowerCase());
      expect(searchable(fact.episode), fact.label).toContain(fact.text.toLowerCase());
    }
  });
});
