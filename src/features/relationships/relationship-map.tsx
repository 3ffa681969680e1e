import { useId } from "react";
import { Link } from "react-router";
import { CharacterAvatar } from "../../components/avatar";
import type { Name } from "../../data/schema";
import { formatName } from "../../lib/names";
import { paths } from "../../lib/paths";
import { useReaderSettings } from "../../lib/reader-settings";
import type { EdgeKind, GraphCharacter, GraphEdge, Layout } from "./relationship-graph";

/**
 * How each kind of tie is drawn: the line's pattern carries the kind, so the
 * map reads the same without colour. Attributes, not styles: the Content
 * Security Policy forbids inline styles.
 */
export const EDGE_STYLES: Record<EdgeKind, { label: string; dash?: string; width: number; className: string }> = {
  family: { label: "Family", width: 3.5, className: "stroke-ink" },
  romance: { label: "Love", dash: "1 6", width: 3.5, className: "stroke-accent" },
  work: { label: "Work", dash: "10 6", width: 2, className: "stroke-ink" },
  band: { label: "In the band (recruited, looks after)", dash: "3 4", width: 2, className: "stroke-ink" },
  rival: { label: "Rivals", dash: "14 4 3 4", width: 2, className: "stroke-accent" },
  bandmate: { label: "Play in the same band", width: 1.5, className: "stroke-ink-muted" },
};

/** Room around the outermost nodes for an avatar and the name under it. */
const MARGIN = 70;
/** How far apart two ties between the same pair of characters bend. */
const PARALLEL_GAP = 26;

type Point = { x: number; y: number };

/** A tie as a curve; several ties between one pair bend apart so each stays visible. */
function edgePath(a: Point, b: Point, index: number, count: number, flip: boolean): string {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy) || 1;
  // The bend is measured from the pair's own orientation, so A→B and B→A bend alike.
  const sign = flip ? -1 : 1;
  const offset = (index - (count - 1) / 2) * PARALLEL_GAP * 2 * sign;
  const cx = (a.x + b.x) / 2 + (-dy / length) * offset;
  const cy = (a.y + b.y) / 2 + (dx / length) * offset;
  return `M${String(a.x)} ${String(a.y)} Q${cx.toFixed(1)} ${cy.toFixed(1)} ${String(b.x)} ${String(b.y)}`;
}

export function LineSample({ kind }: { kind: EdgeKind }) {
  const style = EDGE_STYLES[kind];
  return (
    <svg viewBox="0 0 48 12" width="48" height="12" aria-hidden="true" className="shrink-0">
      <line
        x1="2"
        y1="6"
        x2="46"
        y2="6"
        strokeWidth={style.width}
        strokeDasharray={style.dash}
        strokeLinecap="round"
        className={style.className}
      />
    </svg>
  );
}

/**
 * The characters as a map: each one a link to their page, drawn as their avatar
 * with their name, and their ties as lines styled by kind. The caller decides
 * which characters and ties the reader may see; positions come from the
 * build-time layout, so a filter only removes nodes and never moves them.
 */
export function RelationshipMap({
  characters,
  edges,
  layout,
}: {
  characters: readonly GraphCharacter[];
  edges: readonly GraphEdge[];
  layout: Layout;
}) {
  const { names } = useReaderSettings();
  const titleId = useId();
  const placed = characters.flatMap((character) => {
    const point = layout.nodes[character.id];
    return point ? [{ character, point }] : [];
  });
  const at = new Map(placed.map(({ character, point }) => [character.id, point]));
  const nameOf = new Map<string, Name>(characters.map((c) => [c.id, c.name]));
  const drawn = edges.filter((edge) => at.has(edge.from) && at.has(edge.to));
  const pairKey = (edge: GraphEdge) => [edge.from, edge.to].sort().join("|");
  const pairs = new Map<string, GraphEdge[]>();
  for (const edge of drawn) pairs.set(pairKey(edge), [...(pairs.get(pairKey(edge)) ?? []), edge]);

  if (placed.length === 0) return null;
  const xs = placed.map(({ point }) => point.x);
  const ys = placed.map(({ point }) => point.y);
  const minX = Math.min(...xs) - MARGIN;
  const minY = Math.min(...ys) - MARGIN;
  const width = Math.max(...xs) - Math.min(...xs) + 2 * MARGIN;
  const height = Math.max(...ys) - Math.min(...ys) + 2 * MARGIN;

  return (
    <svg
      viewBox={`${String(minX)} ${String(minY)} ${String(width)} ${String(height)}`}
      role="group"
      aria-labelledby={titleId}
      className="block h-auto w-full max-w-3xl"
      data-testid="relationship-map"
    >
      <title id={titleId}>Relationship map</title>
      <g aria-hidden="true">
        {drawn.map((edge) => {
          const group = pairs.get(pairKey(edge)) ?? [edge];
          const from = at.get(edge.from);
          const to = at.get(edge.to);
          if (!from || !to) return null;
          const style = EDGE_STYLES[edge.kind];
          const fromName = formatName(nameOf.get(edge.from) ?? { given: edge.from }, names);
          const toName = formatName(nameOf.get(edge.to) ?? { given: edge.to }, names);
          return (
            <path
              key={edge.id}
              d={edgePath(from, to, group.indexOf(edge), group.length, edge.from > edge.to)}
              fill="none"
              strokeWidth={style.width}
              strokeDasharray={style.dash}
              strokeLinecap="round"
              className={style.className}
              data-edge={edge.id}
            >
              <title>{`${fromName} ${edge.label} ${toName}`}</title>
            </path>
          );
        })}
      </g>
      {placed.map(({ character, point }) => (
        <Link key={character.id} to={paths.character(character.id)} className="group no-underline outline-none">
          <circle
            cx={point.x}
            cy={point.y}
            r="25"
            fill="none"
            strokeWidth="3"
            className="stroke-accent opacity-0 group-hover:opacity-100 group-focus-visible:opacity-100"
          />
          <g transform={`translate(${String(point.x - 20)} ${String(point.y - 20)})`}>
            <CharacterAvatar name={character.name} memberships={character.memberships} size="sm" />
          </g>
          <text
            x={point.x}
            y={point.y + 40}
            textAnchor="middle"
            fontSize="14"
            fontWeight="600"
            paintOrder="stroke"
            strokeWidth="4"
            strokeLinejoin="round"
            className="fill-ink stroke-surface group-hover:underline group-focus-visible:underline"
          >
            {formatName(character.name, names)}
          </text>
        </Link>
      ))}
    </svg>
  );
}
