import { useId } from "react";
import { EPISODE_COUNT } from "../../data/constants";
import { updateReaderSettings, useReaderSettings } from "../../lib/reader-settings";
import { useHydrated } from "../../lib/use-hydrated";

/** 0 = none yet, 1–9 = that episode, 10 = the whole series. */
export const WATCHED_OPTIONS = Array.from({ length: EPISODE_COUNT + 1 }, (_, n) => ({
  value: n,
  label: n === 0 ? "None yet" : n === EPISODE_COUNT ? "All episodes" : `Episode ${n}`,
}));

/**
 * "Watched up to": how far the reader has watched. Disabled until the page runs,
 * since without JavaScript the wiki keeps every twist closed anyway.
 */
export function WatchedUpToControl({ className }: { className?: string }) {
  const { watchedUpTo } = useReaderSettings();
  const hydrated = useHydrated();
  const id = useId();
  return (
    <span className={className}>
      <label htmlFor={id} className="mr-2">
        Watched up to
      </label>
      <select
        id={id}
        value={watchedUpTo}
        disabled={!hydrated}
        onChange={(event) => {
          updateReaderSettings({ watchedUpTo: Number(event.target.value) });
        }}
        className="min-h-8 rounded border border-line-strong bg-surface px-2 py-1"
      >
        {WATCHED_OPTIONS.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </span>
  );
}
