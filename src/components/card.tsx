import type { ReactNode } from "react";
import { bandPalette } from "../lib/band-palette";

/**
 * Cards in a grid: one column on a phone, two from sm, three from lg where asked.
 * A list, so a screen reader announces how many there are.
 */
export function CardGrid({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  return <ul className={`grid gap-4 sm:grid-cols-2 ${wide ? "lg:grid-cols-3" : ""}`}>{children}</ul>;
}

/**
 * One card: a raised panel, with the band's colour along its top edge when it
 * belongs to a band. Its heading (and link) comes from the caller.
 */
export function Card({ children, band }: { children: ReactNode; band?: string }) {
  const edge = band === undefined ? "border-t-line-strong" : bandPalette(band).edge;
  return (
    <li className={`min-w-0 rounded-card border border-line border-t-4 bg-surface-raised p-4 ${edge}`}>{children}</li>
  );
}

/** A card's heading: level 2 on a list page, 3 under a section heading. */
export function CardTitle({ children, level = 2 }: { children: ReactNode; level?: 2 | 3 }) {
  const Heading = level === 2 ? "h2" : "h3";
  return <Heading className="text-lg leading-snug font-semibold">{children}</Heading>;
}
