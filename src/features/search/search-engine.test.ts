import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import bands from "../../data/bands.json";
import characters from "../../data/characters.json";
import episodes from "../../data/episodes.json";
import people from "../../data/people.json";
import reviews from "../../data/reviews.json";
import songs from "../../data/songs.json";
import { formatName } from "../../lib/names";
import { NOTHING_WATCHED } from "../../lib/spoilers";
import type { SearchData } from "./search-documents";
import { buildSearchEngine, clipHint, createSearchEngine, type SearchEngine } from "./search-engine";

// The real content, checked by `npm run validate` before every build.
const data = { characters, people, bands, episodes, songs, reviews } as SearchData;

let engine: SearchEngine;
beforeAll(() => {
  engine = createSearchEngine(data, NOTHING_WATCHED);
});

const top = (query: string) => engine.search(query).hits[0]?.url;

/** What a fan types, and the page that must come first. */
const TABLE: [rule: string, query: string, expected: string][] = [
  ["given name", "toya", "/characters/toya-shinzaki"],
  ["given name, macron", "Tōya", "/characters/toya-shinzaki"],
  ["given name, ou", "touya", "/characters/toya-shinzaki"],
  ["family-given order", "Shinzaki Toya", "/characters/toya-shinzaki"],
  ["given-family order", "Toya Shinzaki", "/characters/toya-shinzaki"],
  ["upper case", "TOYA SHINZAKI", "/characters/toya-shinzaki"],
  ["no space", "shinzakitoya", "/characters/toya-shinzaki"],
  ["extra spaces", "  toya    shinzaki  ", "/characters/toya-shinzaki"],
  ["family-given order", "fujitani naoki", "/characters/naoki-fujitani"],
  ["kanji, family name only", "藤谷", "/characters/naoki-fujitani"],
  ["kanji, given name only", "直季", "/characters/naoki-fujitani"],
  ["kanji, full name", "藤谷直季", "/characters/naoki-fujitani"],
  ["one kanji, as typed", "藤", "/characters/naoki-fujitani"],
  ["hiragana", "ふじたに", "/characters/naoki-fujitani"],
  ["katakana for a romaji name", "フジタニ", "/characters/naoki-fujitani"],
  ["hiragana, full name", "ふじたに なおき", "/characters/naoki-fujitani"],
  ["long vowel, macron", "Satō", "/people/takeru-satoh"],
  ["long vowel, none", "Sato", "/people/takeru-satoh"],
  ["long vowel, oh", "Satoh", "/people/takeru-satoh"],
  ["long vowel, ou", "Satou", "/people/takeru-satoh"],
  ["long vowel, circumflex", "Satô", "/people/takeru-satoh"],
  ["long vowel, kana", "さとう たける", "/people/takeru-satoh"],
  ["index side: macron in data", "Saijo", "/characters/akane-saijo"],
  ["index side: macron typed, oh in data", "Kōtarō Gotō", "/people/kohtaro-goto"],
  ["index side: oh typed", "Satoh Takeru", "/people/takeru-satoh"],
  ["kana reading with long vowel", "さいじょう あかね", "/characters/akane-saijo"],
  ["full-width letters", "ＴＯＹＡ", "/characters/toya-shinzaki"],
  ["rare kanji form typed in the common one", "宮崎優", "/people/yu-miyazaki"],
  ["rare kanji form", "宮﨑優", "/people/yu-miyazaki"],
  ["actor name", "Masaki Suda", "/people/masaki-suda"],
  ["actor name, family first", "suda masaki", "/people/masaki-suda"],
  ["role", "the drummer", "/characters/akane-saijo"],
  ["instrument", "drums", "/characters/akane-saijo"],
  ["instrument, other form", "keyboard", "/characters/kazushi-sakamoto"],
  ["instrument, player", "guitarist", "/characters/sho-takaoka"],
  ["role", "manager", "/characters/miyako-kai"],
  ["band name", "TENBLANK", "/bands/tenblank"],
  ["band name, spaced", "ten blank", "/bands/tenblank"],
  ["band name, katakana", "テンブランク", "/bands/tenblank"],
  ["band name, lower case", "over chrome", "/bands/over-chrome"],
  ["typo, one letter missing", "Fujtani", "/characters/naoki-fujitani"],
  ["typo, letters swapped", "Shinzkai", "/characters/toya-shinzaki"],
  ["typo, wrong letter", "Sakamotp", "/characters/kazushi-sakamoto"],
  ["prefix while typing", "shinz", "/characters/toya-shinzaki"],
  ["prefix while typing", "miya", "/characters/miyako-kai"],
  ["katakana name", "レージ", "/characters/reiji"],
  ["episode by number", "episode 8", "/episodes/8"],
  ["song, Japanese title", "旋律と結晶", "/songs/senritsu-to-kessho"],
  ["song, romanised title", "senritsu to kessho", "/songs/senritsu-to-kessho"],
  ["song, English title", "Crystalline Echo", "/songs/senritsu-to-kessho"],
  ["crew by name", "yojiro noda", "/people/yojiro-noda"],
  ["review by outlet", "but why tho", "/reviews/butwhytho"],
];

describe("search finds the right page first", () => {
  it("covers at least 40 queries", () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(40);
  });

  it.each(TABLE)("%s: %s → %s", (_rule, query, expected) => {
    expect(top(query)).toBe(expected);
  });
});

describe("ranking", () => {
  it("puts an exact match above a prefix match above a fuzzy one", () => {
    const hits = engine.search("saijo").hits.map((h) => h.url);
    expect(hits.slice(0, 2).sort()).toEqual(["/characters/akane-saijo", "/characters/momoko-saijo"]);
    const exact = engine.search("sakamoto").hits[0]?.score ?? 0;
    const prefix = engine.search("sakamo").hits[0]?.score ?? 0;
    const fuzzy = engine.search("sakamotp").hits[0]?.score ?? 0;
    expect(exact).toBeGreaterThan(prefix);
    expect(prefix).toBeGreaterThan(fuzzy);
  });
});

describe("hints", () => {
  it.each([
    ["Masaki Suda", "/people/masaki-suda", "actor of Toya Shinzaki"],
    ["Masaki Suda", "/characters/toya-shinzaki", "played by Masaki Suda"],
    ["the drummer", "/characters/akane-saijo", "drums, TENBLANK"],
    ["toya", "/characters/toya-shinzaki", "vocals, piano, OVER CHROME"],
  ])("%s: %s is explained as %s", (query, url, hint) => {
    const hit = engine.search(query).hits.find((h) => h.url === url);
    expect(hit?.hint).toContain(hint);
  });
});

describe("spoilers", () => {
  const twist = "half-brother";

  it("a twist does not find a page or show in a hint before its episode", () => {
    const atFour = createSearchEngine(data, 4).search(twist).hits;
    expect(atFour.map((h) => h.url)).not.toContain("/characters/toya-shinzaki");
    expect(atFour.some((h) => h.hint.includes(twist))).toBe(false);
  });

  it("finds it once the reader has watched that episode", () => {
    const atFive = createSearchEngine(data, 5).search(twist).hits;
    expect(atFive.find((h) => h.url === "/characters/toya-shinzaki")?.hint).toContain("half-brother of Naoki Fujitani");
  });

  it("shows no hint from a review that spoils episodes not yet watched", () => {
    const spoilers = new Set(reviews.filter((r) => r.spoilsUpTo !== undefined).map((r) => r.verdict));
    for (const query of ["romance", "plot", "music", "band", "ending"]) {
      for (const hit of engine.search(query).hits) expect(spoilers.has(hit.hint)).toBe(false);
    }
  });
});

describe("odd input", () => {
  it.each([
    ["empty", ""],
    ["whitespace", "   \t\n "],
    ["10,000 characters", "x".repeat(10_000)],
    ["10,000 kana", "あ".repeat(10_000)],
    ["regex metacharacters", ".*+?^${}()|[]\\"],
    ["emoji", "😀🎸🥁"],
    ["right-to-left text", "مرحبا שלום"],
    ["control characters", "\u0000\u0007\u001b\u202e"],
  ])("%s gives a calm empty answer", (_label, query) => {
    expect(engine.search(query).hits).toEqual([]);
  });

  it("offers the closest title when nothing matches", () => {
    const outcome = engine.search("tenblnkk xyzzy");
    expect(outcome.hits.length > 0 || outcome.didYouMean !== undefined).toBe(true);
  });

  it("never throws on random strings (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), (query) => {
        expect(Array.isArray(engine.search(query).hits)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("name order (property)", () => {
  const named = [...characters, ...people].filter((c) => c.name.family !== undefined);

  it("either order of a name's two parts gives the same first result", () => {
    fc.assert(
      fc.property(fc.constantFrom(...named), ({ name }) => {
        const given = formatName({ given: name.given, family: name.family ?? "" });
        const family = formatName(
          { given: name.given, family: name.family ?? "" },
          { order: "family-first", macrons: true },
        );
        expect(top(family)).toBe(top(given));
        expect(top(given)).toBeDefined();
      }),
      { numRuns: 50 },
    );
  });
});

describe("hints", () => {
  it("say why in a line or two, never a whole paragraph", () => {
    for (const query of ["drummer", "akane", "festival", "rain", "Satoh", "brain"]) {
      for (const hit of engine.search(query).hits)
        expect(hit.hint.length, `${query}: ${hit.hint}`).toBeLessThanOrEqual(100);
    }
    expect(engine.search("drummer").hits.find((h) => h.url === "/bands/tenblank")?.hint).toBe(
      "member: Akane Saijo (drums)",
    );
  });

  it("cut a long line at a word, with an ellipsis", () => {
    const long = `${"word ".repeat(40)}end`;
    const clipped = clipHint(long);
    expect(clipped.length).toBeLessThanOrEqual(100);
    expect(clipped.endsWith("word…")).toBe(true);
    expect(clipHint("drums, TENBLANK")).toBe("drums, TENBLANK");
  });
});

describe("buildSearchEngine", () => {
  it("indexes in chunks yet answers exactly as the engine built at once", async () => {
    const chunked = await buildSearchEngine(data, NOTHING_WATCHED);
    for (const query of ["toya", "Satoh", "藤谷", "ふじたに", "the drummer", "Sakamotp", "over chrome"]) {
      expect(
        chunked.search(query).hits.map((h) => h.url),
        query,
      ).toEqual(engine.search(query).hits.map((h) => h.url));
    }
  });
});
