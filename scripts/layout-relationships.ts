/**
 * Lays out the relationship map once, at build time, with d3-force, and writes
 * the coordinates to `src/features/relationships/relationship-layout.json`. The
 * browser receives those numbers only, never the layout code.
 *
 * The layout is deterministic (seeded randomness, a fixed number of ticks,
 * nodes in id order), so the same data always gives the same file; a test
 * fails when the committed file no longer matches the data.
 *
 * It uses only what a reader who has watched nothing may know: where a node
 * sits must not hint at a twist (decision 014).
 *
 *   npm run layout:relationships
 */
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationNodeDatum,
} from "d3-force";
import { writeFile } from "node:fs/promises";
import { fileURLToPath, pathToFileURL } from "node:url";
import { validateDataset } from "../src/data/validate";
import { graphEdges, type GraphCharacter, type Layout } from "../src/features/relationships/relationship-graph";
import { NOTHING_WATCHED, isRevealed } from "../src/lib/spoilers";
import type { Band } from "../src/data/schema";
import { readDataset } from "./read-dataset";

export const LAYOUT_FILE = fileURLToPath(
  new URL("../src/features/relationships/relationship-layout.json", import.meta.url),
);

const TICKS = 400;
/** Room around each node for its avatar and its name beneath. */
const NODE_RADIUS = 62;

/** A small linear congruential generator: the same seed gives the same layout on every machine. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 0x100000000;
  };
}

type Node = SimulationNodeDatum & { id: string };

export function layoutRelationships(
  characters: readonly GraphCharacter[],
  bands: readonly Pick<Band, "id" | "name">[],
): Layout {
  const nodes: Node[] = [...characters].sort((a, b) => a.id.localeCompare(b.id)).map(({ id }) => ({ id }));
  const links = graphEdges(characters, bands)
    .filter((edge) => isRevealed(edge, NOTHING_WATCHED))
    .map((edge) => ({ source: edge.from, target: edge.to }));
  const simulation = forceSimulation(nodes)
    .randomSource(seeded(2025))
    .force(
      "link",
      forceLink<Node, { source: string; target: string }>(links)
        .id((node) => node.id)
        .distance(150),
    )
    .force("charge", forceManyBody().strength(-700))
    .force("collide", forceCollide(NODE_RADIUS))
    // A gentle pull to the middle keeps characters without ties on the map.
    .force("x", forceX(0).strength(0.06))
    .force("y", forceY(0).strength(0.08))
    .stop();
  simulation.tick(TICKS);
  const minX = Math.min(...nodes.map((n) => n.x ?? 0));
  const minY = Math.min(...nodes.map((n) => n.y ?? 0));
  return {
    nodes: Object.fromEntries(
      nodes.map((n) => [
        n.id,
        { x: Math.round((n.x ?? 0) - minX + NODE_RADIUS), y: Math.round((n.y ?? 0) - minY + NODE_RADIUS) },
      ]),
    ),
  };
}

export async function computeLayout(): Promise<Layout> {
  const { raw, problems } = await readDataset();
  const result = validateDataset(raw);
  if (problems.length > 0 || !result.ok)
    throw new Error([...problems, ...(result.ok ? [] : result.problems)].join("\n"));
  return layoutRelationships(result.data.characters, result.data.bands);
}

export const layoutJson = (layout: Layout) => `${JSON.stringify(layout, null, 2)}\n`;

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await writeFile(LAYOUT_FILE, layoutJson(await computeLayout()));
  console.log(`Wrote ${LAYOUT_FILE}`);
}
