import { describe, expect, it } from "vitest";
import { NOTHING_WATCHED, eventRevealedIn, inEpisode, isRevealed, laterReveal, partitionBySpoiler } from "./spoilers";

describe("isRevealed", () => {
  it("always shows premise-level items", () => {
    expect(isRevealed({}, NOTHING_WATCHED)).toBe(true);
  });

  it("hides a twist until the episode that reveals it has been watched", () => {
    expect(isRevealed({ revealedIn: 5 }, 4)).toBe(false);
    expect(isRevealed({ revealedIn: 5 }, 5)).toBe(true);
  });

  it("hides every twist from a reader who has watched nothing", () => {
    expect(isRevealed({ revealedIn: 1 }, NOTHING_WATCHED)).toBe(false);
  });
});

describe("partitionBySpoiler", () => {
  it("keeps order within the shown and hidden groups", () => {
    const items = [{ id: "a" }, { id: "b", revealedIn: 8 }, { id: "c", revealedIn: 2 }];
    const { shown, hidden } = partitionBySpoiler(items, 3);
    expect(shown.map((i) => i.id)).toEqual(["a", "c"]);
    expect(hidden.map((i) => i.id)).toEqual(["b"]);
  });
});

describe("laterReveal", () => {
  it("waits for the later of two tags, and an untagged fact waits for nothing", () => {
    expect(laterReveal(2, 5)).toBe(5);
    expect(laterReveal(5, 2)).toBe(5);
    expect(laterReveal(undefined, 4)).toBe(4);
    expect(laterReveal(4, undefined)).toBe(4);
    expect(laterReveal(undefined, undefined)).toBeUndefined();
  });
});

describe("inEpisode", () => {
  it("treats episode 1's untagged setup as the premise", () => {
    expect(inEpisode(1, undefined)).toBeUndefined();
  });

  it("makes what happens in a later episode part of that episode", () => {
    expect(inEpisode(5, undefined)).toBe(5);
    expect(isRevealed({ revealedIn: inEpisode(5, undefined) }, 4)).toBe(false);
    expect(isRevealed({ revealedIn: inEpisode(5, undefined) }, 5)).toBe(true);
  });

  it("keeps the later of the episode and the twist tag", () => {
    expect(inEpisode(3, 8)).toBe(8);
    expect(inEpisode(8, 3)).toBe(8);
    expect(inEpisode(undefined, 6)).toBe(6);
  });

  it("dates a band's performance by its episode", () => {
    expect(eventRevealedIn({ episode: 3 })).toBe(3);
    expect(eventRevealedIn({})).toBeUndefined();
  });
});
