import type { ReactNode } from "react";
import { Link } from "react-router";

export type Chip = { key: string; to?: string; label: ReactNode };

/**
 * Short items (characters in an episode, a song's performers) as wrapping chips:
 * a list, each chip a link at least 32 px tall where it goes somewhere.
 */
export function ChipList({ chips }: { chips: readonly Chip[] }) {
  // No name of its own: the section heading above it names it (html-validate advises against labelling lists).
  return (
    <ul className="flex flex-wrap gap-2">
      {chips.map((chip) => (
        <li key={chip.key} className="max-w-full">
          {chip.to ? (
            <Link to={chip.to} className="chip">
              {chip.label}
            </Link>
          ) : (
            <span className="chip">{chip.label}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
