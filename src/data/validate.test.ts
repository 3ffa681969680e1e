import { describe, expect, it } from "vitest";
import { fixtureDataset } from "../test/fixture-dataset";
import type { Dataset } from "./schema";
import { validateDataset } from "./validate";

function problemsAfter(breakIt: (data: Dataset) => void): string[] {
  const data = structuredClone(fixtureDataset());
  breakIt(data);
  return validateDataset(data).problems;
}

function first<T>(items: readonly T[]): T {
  const [item] = items;
  if (item === undefined) throw new Error("fixture is missing an entry");
  return item;
}

describe("validateDataset", () => {
  it("accepts a consistent dataset", () => {
    expect(validateDataset(fixtureDataset())).toMatchObject({ ok: true, problems: [] });
  });

  it.each<[string, (data: Dataset) => void, string]>([
    [
      "an unknown band",
      (d) => {
        first(first(d.characters).memberships).band = "over-chrom";
      },
      'characters.json: "naoki-fujitani".memberships[0].band: unknown band "over-chrom"',
    ],
    [
      "an unknown actor",
      (d) => {
        first(d.characters).actor = "nobody";
      },
      'characters.json: "naoki-fujitani".actor: unknown person "nobody"',
    ],
    [
      "a relationship to an unknown character",
      (d) => {
        first(first(d.characters).relationships).to = "akne-saijo";
      },
      'characters.json: "naoki-fujitani".relationships[0].to: unknown character "akne-saijo"',
    ],
    [
      "an unknown source",
      (d) => {
        first(d.bands).sources = ["missing-source"];
      },
      'bands.json: "tenblank".sources[0]: unknown source "missing-source"',
    ],
    [
      "an unknown character in an episode beat",
      (d) => {
        first(d.episodes).beats = [{ text: "A beat.", characters: ["ghost"], sources: ["example-news"] }];
      },
      'episodes.json: 1.beats[0].characters[0]: unknown character "ghost"',
    ],
    [
      "a duplicate id",
      (d) => {
        d.bands.push({ ...first(d.bands) });
      },
      'bands.json: "tenblank".id: duplicate id "tenblank"',
    ],
    [
      "a missing episode",
      (d) => {
        d.episodes = d.episodes.filter((e) => e.number !== 7);
      },
      "episodes.json: episode 7 is missing",
    ],
  ])("rejects %s, naming file, entry and field", (_, breakIt, message) => {
    expect(problemsAfter(breakIt)).toContain(message);
  });

  it.each<[string, (raw: Record<string, unknown[]>) => void, RegExp]>([
    [
      "a spoiler tag outside 1–10",
      (raw) => {
        Object.assign(first(first(raw.characters as Dataset["characters"]).profile), { revealedIn: 11 });
      },
      /^characters\.json: "naoki-fujitani"\.profile\[0\]\.revealedIn: must be an episode from 1 to 10$/,
    ],
    [
      "a missing required field",
      (raw) => {
        Reflect.deleteProperty(first(raw.bands as Dataset["bands"]), "summary");
      },
      /^bands\.json: "tenblank"\.summary: /,
    ],
    [
      "a wrong type",
      (raw) => {
        Object.assign(first(raw.episodes as Dataset["episodes"]), { releaseDate: 20250731 });
      },
      /^episodes\.json: 1\.releaseDate: /,
    ],
    [
      "a malformed date",
      (raw) => {
        Object.assign(first(raw.episodes as Dataset["episodes"]), { releaseDate: "31/07/2025" });
      },
      /^episodes\.json: 1\.releaseDate: must be a date written YYYY-MM-DD$/,
    ],
    [
      "a malformed URL",
      (raw) => {
        Object.assign(first(raw.sources as Dataset["sources"]), { url: "javascript:alert(1)" });
      },
      /^sources\.json: "example-news"\.url: must be an http\(s\) URL$/,
    ],
    [
      "an unknown field",
      (raw) => {
        Object.assign(first(raw.songs as Dataset["songs"]), { composer: "someone" });
      },
      /^songs\.json: "matrix": .*composer/,
    ],
  ])("rejects %s at the schema step", (_, breakIt, pattern) => {
    const raw = structuredClone(fixtureDataset()) as unknown as Record<string, unknown[]>;
    breakIt(raw);
    const { problems } = validateDataset(raw);
    expect(
      problems.some((p) => pattern.test(p)),
      problems.join("\n"),
    ).toBe(true);
  });

  it("names a missing file", () => {
    const { sources: _omitted, ...rest } = fixtureDataset();
    expect(validateDataset(rest).problems).toEqual(["sources.json: file is missing"]);
  });
});
