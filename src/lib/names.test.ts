import { describe, expect, it } from "vitest";
import { formatName, nameSearchForms, stripMacrons } from "./names";

describe("formatName", () => {
  const akane = { given: "Akane", family: "Saijō" };

  it("shows given name first without macrons by default, as the English subtitles do", () => {
    expect(formatName(akane)).toBe("Akane Saijo");
  });

  it("follows the family-first order and keeps macrons when asked", () => {
    expect(formatName(akane, { order: "family-first", macrons: true })).toBe("Saijō Akane");
  });

  it("keeps western names given-name first in either order", () => {
    expect(
      formatName({ given: "CJ", family: "Baran", alwaysGivenFirst: true }, { order: "family-first", macrons: false }),
    ).toBe("CJ Baran");
  });

  it("shows a single stage name as it is", () => {
    expect(formatName({ given: "YOU" }, { order: "family-first", macrons: false })).toBe("YOU");
  });
});

describe("stripMacrons", () => {
  it("folds every long-vowel mark, upper and lower case", () => {
    expect(stripMacrons("Tōya Ōno Yūki Āī")).toBe("Toya Ono Yuki Ai");
  });
});

describe("nameSearchForms", () => {
  it("offers both orders, with and without macrons, whatever the reader's setting", () => {
    const forms = nameSearchForms({ given: "Tōya", family: "Shinzaki", native: "真崎桐哉", aliases: ["Toya"] });
    expect(forms).toEqual(
      expect.arrayContaining(["Tōya Shinzaki", "Toya Shinzaki", "Shinzaki Tōya", "Shinzaki Toya", "真崎桐哉", "Toya"]),
    );
    expect(new Set(forms).size).toBe(forms.length);
  });

  it("accepts a western name in either order too, since readers may type it so", () => {
    expect(nameSearchForms({ given: "CJ", family: "Baran", alwaysGivenFirst: true })).toEqual(["CJ Baran", "Baran CJ"]);
  });
});
