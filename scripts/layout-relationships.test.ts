// @vitest-environment node
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { fixtureDataset } from "../src/test/fixture-dataset";
import { computeLayout, LAYOUT_FILE, layoutJson, layoutRelationships } from "./layout-relationships";

describe("relationship map layout", () => {
  it("is committed as the data gives it: run `npm run layout:relationships` after changing a tie", async () => {
    const committed = await readFile(LAYOUT_FILE, "utf8");
    expect(committed).toBe(layoutJson(await computeLayout()));
  });

  it("places every character, the same way every time", async () => {
    const layout = await computeLayout();
    const ids = (
      JSON.parse(await readFile(new URL("../src/data/characters.json", import.meta.url), "utf8")) as { id: string }[]
    ).map((c) => c.id);
    expect(Object.keys(layout.nodes).sort()).toEqual([...ids].sort());
    expect(await computeLayout()).toEqual(layout);
  });

  it("keeps characters apart and ignores ties a new reader may not know", () => {
    const data = fixtureDataset();
    const withTwist = layoutRelationships(data.characters, data.bands);
    const toya = data.characters.find((c) => c.id === "toya-shinzaki");
    if (toya) toya.relationships = [];
    // Toya's only tie is revealed in episode 5: removing it changes nothing.
    expect(layoutRelationships(data.characters, data.bands)).toEqual(withTwist);
    const points = Object.values(withTwist.nodes);
    for (const [i, a] of points.entries())
      for (const b of points.slice(i + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(60);
  });
});
