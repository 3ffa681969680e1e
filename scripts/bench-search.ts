/**
 * `npm run bench:search`: time per query on the real data and on a synthetic
 * dataset 100 times larger, and the time to build each index. Every query is
 * also timed as it is typed (each prefix), since results follow every keystroke.
 * Prints Markdown; the latest run is kept in reports/search-bench.md.
 */
import { readFile } from "node:fs/promises";
import os from "node:os";
import { performance } from "node:perf_hooks";
import type { SearchData } from "../src/features/search/search-documents";
import { createSearchEngine, type SearchEngine } from "../src/features/search/search-engine";
import { DATA_DIR } from "./read-dataset";

const QUERIES = [
  "toya",
  "Shinzaki Toya",
  "Satō",
  "Sato",
  "Satoh",
  "fujitani naoki",
  "藤谷",
  "ふじたに",
  "the drummer",
  "Masaki Suda",
  "keyboard",
  "TENBLANK",
  "over chrome",
  "Fujtani",
  "宮崎優",
  "episode 8",
  "crystalline echo",
  "yojiro noda",
  "zzqxv",
];

/** Runs per query: many on the small real index, fewer on the large one, to keep the run short. */
const REPEATS = { real: 100, synthetic: 10 };

async function readData(): Promise<SearchData> {
  const read = async (name: string) => JSON.parse(await readFile(`${DATA_DIR}/${name}.json`, "utf8")) as unknown;
  return {
    characters: (await read("characters")) as SearchData["characters"],
    people: (await read("people")) as SearchData["people"],
    bands: (await read("bands")) as SearchData["bands"],
    episodes: (await read("episodes")) as SearchData["episodes"],
    songs: (await read("songs")) as SearchData["songs"],
    reviews: (await read("reviews")) as SearchData["reviews"],
  };
}

const SYLLABLES = ["ka", "mi", "ro", "shi", "tsu", "ne", "ha", "yo", "ri", "sa", "ku", "te", "mo", "na", "ze", "ho"];
const KANJI = "山川田中村林森木本石井上下原野竹松宮小大";

/** Copy k of the data: every id, name and reference gets the same suffix, so links still resolve within the copy. */
function syntheticCopy(data: SearchData, k: number): SearchData {
  const tag = (SYLLABLES[k % 16] ?? "") + (SYLLABLES[Math.floor(k / 16) % 16] ?? "");
  const kanji = (KANJI[k % KANJI.length] ?? "") + (KANJI[Math.floor(k / KANJI.length) % KANJI.length] ?? "");
  const id = (value: string) => `${value}-${k}`;
  const name = <N extends { given: string; family?: string | undefined; native?: string | undefined }>(n: N): N => ({
    ...n,
    given: n.given + tag,
    ...(n.family === undefined ? {} : { family: n.family + tag }),
    ...(n.native === undefined ? {} : { native: n.native + kanji }),
  });
  return {
    characters: data.characters.map((c) => ({
      ...c,
      id: id(c.id),
      name: name(c.name),
      ...(c.actor === undefined ? {} : { actor: id(c.actor) }),
      ...(c.singingVoice === undefined ? {} : { singingVoice: id(c.singingVoice) }),
      memberships: c.memberships.map((m) => ({ ...m, band: id(m.band) })),
      relationships: c.relationships.map((r) => ({ ...r, to: id(r.to) })),
    })),
    people: data.people.map((p) => ({ ...p, id: id(p.id), name: name(p.name) })),
    bands: data.bands.map((b) => ({ ...b, id: id(b.id), name: `${b.name} ${tag}` })),
    episodes: data.episodes.map((e) => ({
      ...e,
      number: k * 10 + e.number,
      beats: e.beats.map((b) => ({ ...b, characters: b.characters.map(id) })),
      songs: e.songs.map((s) => ({ ...s, song: id(s.song) })),
    })),
    songs: data.songs.map((s) => ({
      ...s,
      id: id(s.id),
      title: `${s.title} ${tag}`,
      ...(s.artist === undefined ? {} : { artist: id(s.artist) }),
      credits: s.credits.map((c) => ({ ...c, person: id(c.person) })),
    })),
    reviews: data.reviews.map((r) => ({ ...r, id: id(r.id) })),
  };
}

function times100(data: SearchData): SearchData {
  const copies = Array.from({ length: 100 }, (_, k) => (k === 0 ? data : syntheticCopy(data, k)));
  return {
    characters: copies.flatMap((c) => c.characters),
    people: copies.flatMap((c) => c.people),
    bands: copies.flatMap((c) => c.bands),
    episodes: copies.flatMap((c) => c.episodes),
    songs: copies.flatMap((c) => c.songs),
    reviews: copies.flatMap((c) => c.reviews),
  };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const ms = (value: number) => `${value.toFixed(3)} ms`;

function build(data: SearchData): { engine: SearchEngine; buildMs: number } {
  createSearchEngine(data, 0); // warm-up: the first build also compiles the code
  const runs: number[] = [];
  let engine: SearchEngine | undefined;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    engine = createSearchEngine(data, 0);
    runs.push(performance.now() - start);
  }
  if (!engine) throw new Error("no engine built");
  return { engine, buildMs: Math.min(...runs) };
}

function timeQueries(engine: SearchEngine, queries: readonly string[], repeats: number): number[] {
  for (const q of queries) engine.search(q); // warm-up
  const times: number[] = [];
  for (let r = 0; r < repeats; r++) {
    for (const q of queries) {
      const start = performance.now();
      engine.search(q);
      times.push(performance.now() - start);
    }
  }
  return times.sort((a, b) => a - b);
}

const prefixes = (queries: readonly string[]) =>
  queries.flatMap((q) =>
    Array.from(q).map((_, i) =>
      Array.from(q)
        .slice(0, i + 1)
        .join(""),
    ),
  );

async function main() {
  const real = await readData();
  const sets = [
    { label: "real data", data: real, repeats: REPEATS.real },
    { label: "100× synthetic", data: times100(real), repeats: REPEATS.synthetic },
  ];
  const lines = [
    "# Search benchmark",
    "",
    `Node ${process.version}, ${os.cpus()[0]?.model ?? "unknown CPU"}, ${String(os.cpus().length)} cores. ` +
      `${String(QUERIES.length)} fixed queries, ${String(REPEATS.real)} runs each on the real data and ${String(REPEATS.synthetic)} on the synthetic set; ` +
      `"as typed" runs every prefix of each query, as each keystroke does. Index build: best of 3 after a warm-up.`,
    "",
    "| dataset | documents | index build | full queries p50 | p95 | as typed p50 | p95 |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const { label, data, repeats } of sets) {
    const { engine, buildMs } = build(data);
    const full = timeQueries(engine, QUERIES, repeats);
    const typed = timeQueries(engine, prefixes(QUERIES), repeats);
    lines.push(
      `| ${label} | ${String(engine.size)} | ${ms(buildMs)} | ${ms(percentile(full, 50))} | ${ms(percentile(full, 95))} | ${ms(percentile(typed, 50))} | ${ms(percentile(typed, 95))} |`,
    );
  }
  lines.push("", `Queries: ${QUERIES.map((q) => `\`${q}\``).join(", ")}.`);
  console.log(lines.join("\n"));
}

await main();
