import { describe, expect, it } from "vitest";
import { NOTHING_WATCHED, isRevealed, partitionBySpoiler } from "./spoilers";

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
