/**
 * The one text normalizer of the wiki's search. The index and the reader's query
 * both go through `searchTerms`, so "Satō", "Sato", "Satoh", "Satou", "さとう" and
 * "ＳＡＴＯ" all become the same term, and a Japanese name written in kanji can
 * be found from any part of it. Pure functions, no dependency on the data.
 */
import { toRomaji } from "wanakana";

/** Longer input is cut here: no name or title comes close, and it keeps every query fast. */
export const MAX_QUERY_LENGTH = 200;

/** Old or rare kanji forms that readers type in their common form (宮﨑 → 宮崎, 髙 → 高). */
const KANJI_VARIANTS: Record<string, string> = {
  﨑: "崎",
  髙: "高",
  櫻: "桜",
  濱: "浜",
  邊: "辺",
  邉: "辺",
  齋: "斎",
  齊: "斉",
  澤: "沢",
  廣: "広",
  嶋: "島",
  國: "国",
};
const KANJI_VARIANT_PATTERN = new RegExp(`[${Object.keys(KANJI_VARIANTS).join("")}]`, "gu");

/** Words that say nothing about which page is meant. */
const STOPWORDS = new Set(["the", "a", "an", "of", "and", "in", "on", "for", "to", "who", "is", "by", "with"]);

/**
 * Roles and instruments as fans type them, folded to one term each. Keys are
 * written as the long-vowel folding leaves them (it only touches vowels).
 */
const SYNONYMS: Record<string, string> = {
  drum: "drums",
  drummer: "drums",
  drummers: "drums",
  drumming: "drums",
  keyboard: "keyboards",
  keys: "keyboards",
  keyboardist: "keyboards",
  keyboardists: "keyboards",
  guitars: "guitar",
  guitarist: "guitar",
  guitarists: "guitar",
  bassist: "bass",
  pianist: "piano",
  vocal: "vocals",
  vocalist: "vocals",
  vocalists: "vocals",
  singer: "vocals",
  singers: "vocals",
  actress: "actor",
  actors: "actor",
  actresses: "actor",
  directors: "director",
  composers: "composer",
  lyricists: "lyricist",
  writers: "writer",
  songs: "song",
  episodes: "episode",
  ep: "episode",
  reviews: "review",
  bands: "band",
  members: "member",
  managers: "manager",
};

// Control and format characters (including bidi marks), then anything that is not a letter or digit.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}]/gu;
const COMBINING_MARKS = /\p{M}/gu;
const APOSTROPHES = /['’ʼ`]/g;
const WORD = /[\p{L}\p{N}]+/gu;
const HAN_RUN = /\p{sc=Han}+/gu;
const HAN = /\p{sc=Han}/u;
const LATIN_WORD = /^[a-z]+$/;
const PLAIN_ASCII = /^[\x20-\x7e\n]*$/;
const KANA_RUN = /[\u3041-\u30ff]+/g;
const HIRAGANA = /[\u3041-\u3096]/g;
const KANA_SLICE = 64;

/**
 * Long vowels in every spelling, folded to one short vowel: "ou" and "oh" before
 * a consonant (Satou, Satoh, Kohtaro), doubled vowels (Yuu, Ohno, Reeji). Macrons
 * and circumflexes are already gone when this runs.
 */
export function foldLongVowels(word: string): string {
  if (!LATIN_WORD.test(word)) return word;
  return word
    .replace(/ou/g, "o")
    .replace(/oh(?![aeiouy])/g, "o")
    .replace(/([aeiou])\1+/g, "$1");
}

/**
 * Canonical form of any text: NFKC (full-width letters, half-width kana), no
 * control characters, kana as Hepburn romaji, lower case, no accents or macrons,
 * common kanji forms, long vowels folded. Words are separated by single spaces.
 */
export function normalizeText(text: string): string {
  const lower = PLAIN_ASCII.test(text) ? text.toLowerCase() : foldUnicode(text);
  const words = lower.replace(APOSTROPHES, "").match(WORD) ?? [];
  return words.flatMap(splitScripts).map(foldLongVowels).join(" ");
}

function foldUnicode(text: string): string {
  const cleaned = text
    .normalize("NFKC")
    .replace(INVISIBLE, " ")
    .replace(KANJI_VARIANT_PATTERN, (ch) => KANJI_VARIANTS[ch] ?? ch)
    .replace(KANA_RUN, kanaToRomaji);
  return cleaned.toLowerCase().normalize("NFD").replace(COMBINING_MARKS, "").normalize("NFC");
}

/**
 * Kana as romaji, a run at a time (wanakana recurses once per character, so a
 * very long run is converted in slices). Hiragana is read as katakana first so
 * a long-vowel mark (ー) after it counts as a vowel: おーばー → オーバー → oobaa.
 */
function kanaToRomaji(run: string): string {
  const katakana = run.replace(HIRAGANA, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0x60));
  let romaji = "";
  for (let i = 0; i < katakana.length; i += KANA_SLICE) romaji += toRomaji(katakana.slice(i, i + KANA_SLICE));
  return ` ${romaji} `;
}

/** "櫻井yukino" → ["櫻井", "yukino"]: kanji and other letters are separate words. */
function splitScripts(word: string): string[] {
  if (!HAN.test(word)) return [word];
  const parts: string[] = [];
  let last = 0;
  for (const match of word.matchAll(HAN_RUN)) {
    if (match.index > last) parts.push(word.slice(last, match.index));
    parts.push(match[0]);
    last = match.index + match[0].length;
  }
  if (last < word.length) parts.push(word.slice(last));
  return parts;
}

/**
 * Japanese is written without spaces, so a run of kanji is indexed whole and as
 * overlapping pairs: 藤谷直季 → 藤谷直季, 藤谷, 谷直, 直季. A reader typing 藤谷 or
 * 直季 then finds it; one kanji finds it by prefix.
 */
function hanTerms(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length <= 2) return [run];
  const pairs = chars.slice(0, -1).map((ch, i) => ch + (chars[i + 1] ?? ""));
  return [run, ...pairs];
}

/**
 * The terms of a text for the search index and for a query alike: normalized
 * words, stop words dropped, roles and instruments folded to one form, kanji runs
 * split into pairs. Never throws; odd input gives no terms.
 */
export function searchTerms(text: string): string[] {
  const terms: string[] = [];
  for (const word of normalizeText(text).split(" ")) {
    if (word === "" || STOPWORDS.has(word)) continue;
    if (HAN.test(word)) terms.push(...hanTerms(word));
    else terms.push(SYNONYMS[word] ?? word);
  }
  return terms;
}

/** No indexed word is longer; a longer query word is cut so fuzzy matching stays cheap. */
const MAX_TERM_LENGTH = 40;
const MAX_QUERY_TERMS = 12;

/** A reader's query as terms: cut to a sane length, without repeats. */
export function queryTerms(query: string): string[] {
  const terms = searchTerms(query.slice(0, MAX_QUERY_LENGTH)).map((term) => term.slice(0, MAX_TERM_LENGTH));
  return [...new Set(terms)].slice(0, MAX_QUERY_TERMS);
}
