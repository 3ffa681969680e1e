import { describe, expect, it } from "vitest";
import { formatName, stripMacrons } from "./names";

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
