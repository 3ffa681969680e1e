import type { ReactNode } from "react";
import { Link } from "react-router";

export type Chip = { key: string; to?: string; label: ReactNode };

/**
 * Short items (characters in an episode, a song's performers) as wrapping chips:
 * a list with a name, each chip a link at least 32 px tall where it goes somewhere.
 */
export function ChipList({ label, chips }: { label: string; chips: readonly Chip[] }) {
  return (
    <ul aria-label={label} className="flex flex-wrap gap-2">
      {chips.map((chip) => (
        <li key={chip.key} className="max-w-full">
          {chip.to ? (
            <Link
              to={chip.to}
              className="inline-flex min-h-8 items-center rounded-full border border-line-strong bg-surface px-3 text-sm text-ink no-underline hover:border-accent hover:underline"
            >
              {chip.label}
            </Link>
          ) : (
            <span className="inline-flex min-h-8 items-center rounded-full border border-line bg-surface-sunken px-3 text-sm">
              {chip.label}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
