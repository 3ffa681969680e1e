import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_QUERY_LENGTH, foldLongVowels, normalizeText, queryTerms, searchTerms } from "./normalize-text";

describe("normalizeText", () => {
  it.each([
    ["Satō", "sato"],
    ["Satoh", "sato"],
    ["Satou", "sato"],
    ["SATOO", "sato"],
    ["Sâtô", "sato"],
    ["さとう", "sato"],
    ["サトウ", "sato"],
    ["ＳＡＴＯ", "sato"],
    ["Kohtaro", "kotaro"],
    ["Yuu", "yu"],
    ["レージ", "reji"],
    ["Rēji", "reji"],
    ["ふじたに なおき", "fujitani naoki"],
    ["おーばー", "oba"],
    ["Akane's", "akanes"],
  ])("folds %s to %s", (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it("keeps an h that starts a syllable", () => {
    expect(foldLongVowels("ohama")).toBe("ohama");
    expect(foldLongVowels("kohtaro")).toBe("kotaro");
  });

  it("reads rare kanji forms as the common ones", () => {
    expect(normalizeText("宮﨑 髙石 櫻井")).toBe("宮崎 高石 桜井");
  });

  it("separates kanji from the letters around them", () => {
    expect(normalizeText("櫻井ユキノ")).toBe("桜井 yukino");
  });

  it("drops control characters, bidi marks, emoji and punctuation", () => {
    expect(normalizeText("\u202etoya\u0000 😀 .*+?()[]{}|\\^$")).toBe("toya");
  });
});

describe("searchTerms", () => {
  it("indexes a kanji run whole and as pairs", () => {
    expect(searchTerms("藤谷直季")).toEqual(["藤谷直季", "藤谷", "谷直", "直季"]);
  });

  it("folds roles and instruments to one term", () => {
    expect(searchTerms("the drummer")).toEqual(["drums"]);
    expect(searchTerms("keyboard player")).toEqual(["keyboards", "player"]);
    expect(searchTerms("actress")).toEqual(["actor"]);
  });
});

describe("queryTerms", () => {
  it("gives no terms for empty, blank or symbol-only input", () => {
    for (const input of ["", "   ", "\n\t", "!!!", "😀😀", "\u200f\u200e"]) expect(queryTerms(input)).toEqual([]);
  });

  it("cuts a very long query instead of working through all of it", () => {
    const terms = queryTerms("a".repeat(10_000));
    expect(terms.join("").length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  });

  it("survives a long run of kana", () => {
    expect(() => searchTerms("あ".repeat(20_000))).not.toThrow();
  });

  it("never throws and always returns short, non-empty terms (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (input) => {
        const terms = queryTerms(input);
        expect(terms.every((term) => term.length > 0 && term.length <= 40)).toBe(true);
      }),
    );
  });
});
