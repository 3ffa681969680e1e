import { describe, expect, it } from "vitest";
import { parseEpisodeNumber } from "./route-data";

describe("parseEpisodeNumber", () => {
  it.each([
    ["1", 1],
    ["8", 8],
    ["10", 10],
  ])("accepts %s", (raw, expected) => {
    expect(parseEpisodeNumber(raw)).toBe(expected);
  });

  it.each(["0", "11", "abc", "08", "1.5", "", " 1", "-1", "1e1", undefined])("rejects %s", (raw) => {
    expect(parseEpisodeNumber(raw)).toBeUndefined();
  });
});
