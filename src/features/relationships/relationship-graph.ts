/**
 * The relationship map as nodes and edges: the typed relationships stored on
 * the characters, plus "plays in the band with" edges derived from shared band
 * memberships. Pure and free of any layout code, so the page and the
 * build-time layout script read the same graph.
 */
import { RELATIONSHIP_TYPES } from "../../data/constants";
import { bandmatePairs } from "../../data/relations";
import type { Band, Character, Membership, Relationship } from "../../data/schema";
import { laterReveal } from "../../lib/spoilers";

export type EdgeKind = (typeof RELATIONSHIP_TYPES)[keyof typeof RELATIONSHIP_TYPES]["kind"] | "bandmate";

export type GraphEdge = {
  id: string;
  from: string;
  to: string;
  /** Reads "<from> <label> <to>". */
  label: string;
  /** Reads "<to> <inverse> <from>". */
  inverse: string;
  kind: EdgeKind;
  revealedIn: number | undefined;
};

export type GraphCharacter = Pick<Character, "id" | "name" | "memberships"> & {
  relationships: readonly Pick<Relationship, "type" | "to" | "revealedIn">[];
};
type GraphBand = Pick<Band, "id" | "name">;

export function graphEdges(characters: readonly GraphCharacter[], bands: readonly GraphBand[]): GraphEdge[] {
  const known = new Set(characters.map((c) => c.id));
  const stored = characters.flatMap((character) =>
    character.relationships
      .filter((r) => known.has(r.to))
      .map((r): GraphEdge => {
        const meta = RELATIONSHIP_TYPES[r.type];
        return {
          id: `${character.id}:${r.type}:${r.to}`,
          from: character.id,
          to: r.to,
          label: meta.label,
          inverse: meta.inverse,
          kind: meta.kind,
          revealedIn: r.revealedIn,
        };
      }),
  );
  const bandmates = bands.flatMap((band) =>
    bandmatePairs(band.id, characters).map(({ a, b }): GraphEdge => {
      const label = `plays in ${band.name} with`;
      return {
        id: `${a.character.id}:bandmate-${band.id}:${b.character.id}`,
        from: a.character.id,
        to: b.character.id,
        label,
        inverse: label,
        kind: "bandmate",
        // A pair of bandmates is known once both memberships are.
        revealedIn: laterReveal(a.membership.revealedIn, b.membership.revealedIn),
      };
    }),
  );
  return [...stored, ...bandmates];
}

/** The characters a band filter keeps: those with a membership of that band. */
export function inBand(bandId: string | undefined, memberships: readonly Pick<Membership, "band">[]): boolean {
  return bandId === undefined || memberships.some((m) => m.band === bandId);
}

export type Layout = { nodes: Record<string, { x: number; y: number }> };
