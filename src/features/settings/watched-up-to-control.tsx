import { EPISODE_COUNT } from "../../data/constants";
import { updateReaderSettings, useReaderSettings } from "../../lib/reader-settings";
import { SettingSelect } from "./setting-select";

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
  return (
    <SettingSelect
      label="Watched up to"
      value={watchedUpTo}
      options={WATCHED_OPTIONS}
      onChange={(value) => {
        updateReaderSettings({ watchedUpTo: value });
      }}
      className={className}
    />
  );
}
