/**
 * Checks a whole dataset: every file against its schema, then every reference
 * between entries. Each problem is one line naming file, entry and field, e.g.
 * `characters.json: "toya-shinzaki".memberships[0].band: unknown band "over-chrom"`.
 */
import type { z } from "zod";
import { COLLECTION_NAMES, EPISODE_COUNT, collectionSchemas, type CollectionName, type Dataset } from "./schema";

export type RawDataset = Partial<Record<CollectionName, unknown>>;

export type ValidationResult = { ok: true; data: Dataset; problems: [] } | { ok: false; problems: string[] };

type PathPart = PropertyKey;

function formatPath(parts: readonly PathPart[]): string {
  return parts
    .map((part, i) => (typeof part === "number" ? `[${part}]` : `${i === 0 ? "" : "."}${String(part)}`))
    .join("");
}

/** How an entry is named in messages: its id, or its number for episodes. */
function entryLabel(entry: unknown, index: number): string {
  if (entry && typeof entry === "object") {
    const record = entry as Record<string, unknown>;
    if (typeof record.id === "string") return JSON.stringify(record.id);
    if (typeof record.number === "number") return String(record.number);
  }
  return `[${index}]`;
}

function schemaProblems(name: CollectionName, raw: unknown): string[] {
  const file = `${name}.json`;
  if (raw === undefined) return [`${file}: file is missing`];
  const result = (collectionSchemas[name] as z.ZodType).safeParse(raw);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const [index, ...rest] = issue.path;
    if (typeof index !== "number" || !Array.isArray(raw)) {
      return `${file}: ${issue.message}`;
    }
    const entry = entryLabel(raw[index], index);
    const field = rest.length > 0 ? `.${formatPath(rest)}` : "";
    return `${file}: ${entry}${field}: ${issue.message}`;
  });
}

class ReferenceChecker {
  readonly problems: string[] = [];
  private readonly ids: Record<CollectionName, Set<string>>;

  constructor(private readonly data: Dataset) {
    this.ids = {
      characters: new Set(data.characters.map((c) => c.id)),
      people: new Set(data.people.map((p) => p.id)),
      bands: new Set(data.bands.map((b) => b.id)),
      episodes: new Set(data.episodes.map((e) => String(e.number))),
      songs: new Set(data.songs.map((s) => s.id)),
      albums: new Set(data.albums.map((a) => a.id)),
      reviews: new Set(data.reviews.map((r) => r.id)),
      sources: new Set(data.sources.map((s) => s.id)),
    };
  }

  report(file: CollectionName, entry: string, field: string, message: string): void {
    this.problems.push(`${file}.json: ${entry}.${field}: ${message}`);
  }

  ref(
    target: Exclude<CollectionName, "episodes">,
    file: CollectionName,
    entry: string,
    field: string,
    id: string | undefined,
  ): void {
    if (id === undefined || this.ids[target].has(id)) return;
    const noun: Record<typeof target, string> = {
      characters: "character",
      people: "person",
      bands: "band",
      songs: "song",
      albums: "album",
      reviews: "review",
      sources: "source",
    };
    this.report(file, entry, field, `unknown ${noun[target]} "${id}"`);
  }

  /** Every `sources` array anywhere inside an entry must name known sources. */
  sourcesIn(file: CollectionName, entry: string, value: unknown, path: PathPart[] = []): void {
    if (Array.isArray(value)) {
      value.forEach((item, i) => this.sourcesIn(file, entry, item, [...path, i]));
      return;
    }
    if (!value || typeof value !== "object") return;
    for (const [key, child] of Object.entries(value)) {
      if (key === "sources" && Array.isArray(child)) {
        child.forEach((id: unknown, i) => {
          if (typeof id === "string") {
            this.ref("sources", file, entry, formatPath([...path, key, i]), id);
          }
        });
      } else {
        this.sourcesIn(file, entry, child, [...path, key]);
      }
    }
  }

  unique(file: CollectionName, keys: { key: string; label: string }[], field: string): void {
    const seen = new Set<string>();
    for (const { key, label } of keys) {
      if (seen.has(key)) this.report(file, label, field, `duplicate ${field} ${label}`);
      seen.add(key);
    }
  }

  run(): string[] {
    const { data } = this;
    for (const name of COLLECTION_NAMES) {
      if (name === "episodes") continue;
      const entries = data[name] as { id: string }[];
      this.unique(
        name,
        entries.map((e) => ({ key: e.id, label: JSON.stringify(e.id) })),
        "id",
      );
      for (const entry of entries) this.sourcesIn(name, JSON.stringify(entry.id), entry);
    }
    this.unique(
      "episodes",
      data.episodes.map((e) => ({ key: String(e.number), label: String(e.number) })),
      "number",
    );
    for (let n = 1; n <= EPISODE_COUNT; n++) {
      if (!this.ids.episodes.has(String(n))) {
        this.problems.push(`episodes.json: episode ${n} is missing`);
      }
    }

    // A relationship is stored once, on one of its two characters; the other side is derived.
    const relationships = new Map<string, string>();
    for (const c of data.characters) {
      c.relationships.forEach((r, i) => {
        const key = [[c.id, r.to].sort().join(" "), r.type].join(" ");
        const first = relationships.get(key);
        if (first === undefined) relationships.set(key, `${JSON.stringify(c.id)}.relationships[${i}]`);
        else {
          this.report("characters", JSON.stringify(c.id), `relationships[${i}]`, `"${r.type}" is already stored at ${first}`);
        }
      });
    }

    for (const c of data.characters) {
      const entry = JSON.stringify(c.id);
      this.ref("people", "characters", entry, "actor", c.actor);
      this.ref("people", "characters", entry, "singingVoice", c.singingVoice);
      c.memberships.forEach((m, i) => this.ref("bands", "characters", entry, `memberships[${i}].band`, m.band));
      c.relationships.forEach((r, i) => {
        this.ref("characters", "characters", entry, `relationships[${i}].to`, r.to);
        if (r.to === c.id) {
          this.report("characters", entry, `relationships[${i}].to`, "a character cannot relate to itself");
        }
      });
    }
    for (const e of data.episodes) {
      const entry = String(e.number);
      this.sourcesIn("episodes", entry, e);
      e.beats.forEach((beat, i) =>
        beat.characters.forEach((id, j) =>
          this.ref("characters", "episodes", entry, `beats[${i}].characters[${j}]`, id),
        ),
      );
      e.songs.forEach((s, i) => this.ref("songs", "episodes", entry, `songs[${i}].song`, s.song));
    }
    for (const s of data.songs) {
      const entry = JSON.stringify(s.id);
      this.ref("bands", "songs", entry, "artist", s.artist);
      this.ref("albums", "songs", entry, "album.id", s.album?.id);
      s.credits.forEach((credit, i) => this.ref("people", "songs", entry, `credits[${i}].person`, credit.person));
    }
    for (const a of data.albums) {
      this.ref("bands", "albums", JSON.stringify(a.id), "artist", a.artist);
    }
    return this.problems;
  }
}

export function validateDataset(raw: RawDataset): ValidationResult {
  const problems = COLLECTION_NAMES.flatMap((name) => schemaProblems(name, raw[name]));
  if (problems.length > 0) return { ok: false, problems };
  // Every file matched its schema above, so the raw values are the parsed types.
  const data = raw as Dataset;
  const referenceProblems = new ReferenceChecker(data).run();
  if (referenceProblems.length > 0) return { ok: false, problems: referenceProblems };
  return { ok: true, data, problems: [] };
}
