/**
 * The reader's settings: how far they have watched and how names are shown.
 * Every page, search and view reads them through `useReaderSettings`, so the
 * spoiler rule and the name format are applied the same way everywhere.
 */
import { DEFAULT_NAME_PREFERENCES, type NamePreferences } from "./names";
import { NOTHING_WATCHED, type Watched } from "./spoilers";

export type ReaderSettings = {
  /** 0 = nothing watched yet, 1–10 = watched up to that episode. */
  watchedUpTo: Watched;
  names: NamePreferences;
};

export const DEFAULT_READER_SETTINGS: ReaderSettings = {
  watchedUpTo: NOTHING_WATCHED,
  names: DEFAULT_NAME_PREFERENCES,
};

/** Until settings can be changed, every reader gets the spoiler-safe defaults. */
export function useReaderSettings(): ReaderSettings {
  return DEFAULT_READER_SETTINGS;
}
