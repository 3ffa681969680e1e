import { describe, expect, it } from "vitest";
import { fixtureDataset } from "../test/fixture-dataset";
import { episodeDescription } from "./episode-title";

const episode = (n: number) => {
  const found = fixtureDataset().episodes.find((e) => e.number === n);
  if (!found) throw new Error(`fixture has no episode ${String(n)}`);
  return found;
};

describe("episodeDescription", () => {
  it("describes episode 1 by its setup, the premise every reader gets", () => {
    expect(episodeDescription(episode(1))).toBe("Setup beat of episode 1.");
  });

  it("keeps a later episode's story out of link previews, tagged or not", () => {
    const description = episodeDescription(episode(5));
    expect(description).not.toContain("Setup beat of episode 5");
    expect(description).toBe("Episode 5 of Glass Heart, the 2025 Netflix series about the band TENBLANK.");
  });

  it("leaves out a twist of episode 1 too", () => {
    const first = episode(1);
    const withTwist = {
      ...first,
      beats: [...first.beats, { text: "A twist.", characters: [], revealedIn: 1, sources: ["example-news"] }],
    };
    expect(episodeDescription(withTwist)).not.toContain("A twist.");
  });
});
