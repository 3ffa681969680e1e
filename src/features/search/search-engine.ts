/**
 * The search index. This module (with MiniSearch and wanakana) is loaded only
 * when a reader starts to search, never with the first page.
 */
import MiniSearch, { type SearchOptions, type SearchResult } from "minisearch";
import { queryTerms, searchTerms } from "../../lib/normalize-text";
import type { Watched } from "../../lib/spoilers";
import {
  FIELDS,
  buildSearchDocuments,
  type Entry,
  type Field,
  type SearchData,
  type SearchDocument,
} from "./search-documents";
import { KINDS, type Kind, type ResultItem } from "./search-kinds";

const HINT_LENGTH = 100;

/** A hint fits on a line or two of a phone: long lines are cut at a word, with an ellipsis. */
export function clipHint(text: string): string {
  if (text.length <= HINT_LENGTH) return text;
  const cut = text.slice(0, HINT_LENGTH - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > HINT_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "")}…`;
}

/** A result with its hint: why it matched, in words a reader understands ("actor of Toya Shinzaki"). */
export type SearchHit = ResultItem & { score: number };

export type SearchOutcome = {
  hits: SearchHit[];
  /** For a query with no match: the closest title, offered as "did you mean". */
  didYouMean?: string | undefined;
};

export type SearchEngine = {
  search: (query: string, limit?: number) => SearchOutcome;
  size: number;
};

const BOOST: Record<Field, number> = { name: 8, role: 4, link: 2, text: 1 };

/**
 * Near-ties go to what fans look for most: characters, then people. A song beats
 * the episode named after it.
 */
const KIND_WEIGHT: Record<Kind, number> = { character: 1.1, person: 1.05, band: 1, song: 1, episode: 0.9, review: 0.9 };

const isHan = (term: string) => /\p{sc=Han}/u.test(term);

/** Typos: one wrong letter in a word of four or more, two in a word of eight or more; none in kanji. */
function fuzziness(term: string): number | false {
  if (isHan(term) || term.length < 4) return false;
  return term.length < 8 ? 1 : 2;
}

/** A word is also matched as the start of a longer one once it has two letters (one kanji is enough). */
const asPrefix = (term: string) => term.length > 1 || isHan(term);

const BASE_OPTIONS: SearchOptions = {
  boost: BOOST,
  prefix: asPrefix,
  fuzzy: fuzziness,
  weights: { prefix: 0.5, fuzzy: 0.3 },
  combineWith: "AND",
  tokenize: queryTerms,
  processTerm: (term) => term,
};

const KEY_SEPARATOR = ":";
const keyOf = (doc: Pick<SearchDocument, "kind" | "id">) => `${doc.kind}${KEY_SEPARATOR}${doc.id}`;

function emptyIndex(): MiniSearch<SearchDocument> {
  return new MiniSearch<SearchDocument>({
    idField: "key",
    fields: [...FIELDS],
    extractField: (doc, field) => {
      if (field === "key") return keyOf(doc);
      return doc.fields[field as Field].map((entry) => entry.text).join(" \n ");
    },
    tokenize: searchTerms,
    processTerm: (term) => term,
    searchOptions: BASE_OPTIONS,
  });
}

export function createSearchEngine(data: SearchData, watched: Watched): SearchEngine {
  const documents = buildSearchDocuments(data, watched);
  const index = emptyIndex();
  index.addAll(documents);
  return engineFor(documents, index);
}

/**
 * The same engine, indexed in small chunks that yield to the browser between
 * them, so building it on a page never blocks input for long.
 */
export async function buildSearchEngine(data: SearchData, watched: Watched): Promise<SearchEngine> {
  const documents = buildSearchDocuments(data, watched);
  const index = emptyIndex();
  await index.addAllAsync(documents, { chunkSize: 8 });
  return engineFor(documents, index);
}

function engineFor(documents: readonly SearchDocument[], index: MiniSearch<SearchDocument>): SearchEngine {
  const byKey = new Map(documents.map((doc) => [keyOf(doc), doc]));

  const entryTerms = new WeakMap<Entry, Set<string>>();
  const termsOf = (entry: Entry) => {
    let terms = entryTerms.get(entry);
    if (!terms) {
      terms = new Set(searchTerms(entry.text));
      entryTerms.set(entry, terms);
    }
    return terms;
  };

  /** The hint of the most telling field that matched, from the line that matched. */
  function hintFor(doc: SearchDocument, result: SearchResult): string {
    const matchedIn = (field: Field) => Object.keys(result.match).filter((term) => result.match[term]?.includes(field));
    for (const field of FIELDS) {
      const terms = matchedIn(field);
      if (terms.length === 0) continue;
      const hints = doc.fields[field].filter((e) => terms.some((t) => termsOf(e).has(t))).map((e) => e.hint);
      // The shortest line says why most plainly ("drums, TENBLANK" over a synopsis beat).
      const [shortest] = [...hints].sort((a, b) => a.length - b.length);
      if (shortest !== undefined) return clipHint(shortest);
    }
    return clipHint(doc.fields.name[0]?.hint ?? "");
  }

  function toHits(results: SearchResult[], limit: number): SearchHit[] {
    return results
      .map((result) => ({ result, doc: byKey.get(String(result.id)) }))
      .flatMap(({ result, doc }) => (doc ? [{ result, doc, score: result.score * KIND_WEIGHT[doc.kind] }] : []))
      .sort((a, b) => b.score - a.score || KINDS.indexOf(a.doc.kind) - KINDS.indexOf(b.doc.kind))
      .slice(0, limit)
      .map(({ result, doc, score }) => ({
        key: keyOf(doc),
        kind: doc.kind,
        title: doc.title,
        native: doc.native,
        url: doc.url,
        hint: hintFor(doc, result),
        score,
      }));
  }

  function search(query: string, limit = 40): SearchOutcome {
    if (queryTerms(query).length === 0) return { hits: [] };
    let results = index.search(query);
    // Every word must match; if that finds nothing, a page matching most of them is still better than none.
    if (results.length === 0) results = index.search(query, { combineWith: "OR", fuzzy: false });
    if (results.length > 0) return { hits: toHits(results, limit) };
    const loose = index.search(query, { combineWith: "OR", fuzzy: 0.4, maxFuzzy: 3 });
    const best = toHits(loose, 1)[0];
    return { hits: [], didYouMean: best?.title };
  }

  return { search, size: documents.length };
}
