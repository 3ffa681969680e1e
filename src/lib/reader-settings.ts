/**
 * The reader's settings: how far they have watched and how names are shown.
 * Every page, search and view reads them through `useReaderSettings`, so the
 * spoiler rule and the name format are applied the same way everywhere.
 *
 * They live in localStorage and are validated on every read: a missing, old or
 * corrupted value gives the defaults, never an error, and a stored value that
 * was not valid is rewritten as read. The prerendered HTML and
 * the hydration render use the defaults (nothing watched), so the first paint
 * is spoiler-safe and matches the HTML; the stored value applies right after.
 */
import { useSyncExternalStore } from "react";
import { EPISODE_COUNT } from "../data/constants";
import { DEFAULT_NAME_PREFERENCES, type NameOrder, type NamePreferences } from "./names";
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

export const READER_SETTINGS_KEY = "glass-heart-wiki:reader-settings";
/** Bump when the stored shape changes; an older version is read as the defaults. */
const VERSION = 1;

type Stored = ReaderSettings & { version: typeof VERSION };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const isWatched = (value: unknown): value is Watched =>
  typeof value === "number" && Number.isInteger(value) && value >= NOTHING_WATCHED && value <= EPISODE_COUNT;

const isNameOrder = (value: unknown): value is NameOrder => value === "given-first" || value === "family-first";

/**
 * Reads a stored value field by field: a field that is missing or wrong falls
 * back to its default and the valid ones are kept. A hand-written guard instead
 * of zod keeps the schema library out of the browser bundle (see decision 002).
 */
export function parseReaderSettings(raw: string | null): ReaderSettings {
  if (raw === null) return DEFAULT_READER_SETTINGS;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return DEFAULT_READER_SETTINGS;
  }
  if (!isRecord(value) || value.version !== VERSION) return DEFAULT_READER_SETTINGS;
  const names = isRecord(value.names) ? value.names : {};
  return {
    watchedUpTo: isWatched(value.watchedUpTo) ? value.watchedUpTo : DEFAULT_READER_SETTINGS.watchedUpTo,
    names: {
      order: isNameOrder(names.order) ? names.order : DEFAULT_NAME_PREFERENCES.order,
      macrons: typeof names.macrons === "boolean" ? names.macrons : DEFAULT_NAME_PREFERENCES.macrons,
    },
  };
}

/** The exact text a valid value is stored as. */
const serialize = (settings: ReaderSettings): string =>
  JSON.stringify({ version: VERSION, watchedUpTo: settings.watchedUpTo, names: settings.names } satisfies Stored);

// Where localStorage is unavailable (blocked, private mode), settings last for the page's life.
let memoryValue: string | null = null;

function readRaw(): string | null {
  try {
    return window.localStorage.getItem(READER_SETTINGS_KEY);
  } catch {
    return memoryValue;
  }
}

function writeRaw(value: string | null): void {
  memoryValue = value;
  try {
    if (value === null) window.localStorage.removeItem(READER_SETTINGS_KEY);
    else window.localStorage.setItem(READER_SETTINGS_KEY, value);
  } catch {
    // Storage refused: the in-memory value above still applies to this tab.
  }
}

const listeners = new Set<() => void>();
/** Storage changes only through our writes and the `storage` event; both mark it to be read again. */
let stale = true;
const notify = () => {
  stale = true;
  for (const listener of listeners) listener();
};

function onStorage(event: StorageEvent) {
  // `key` is null when another tab cleared the whole storage.
  if (event.key === READER_SETTINGS_KEY || event.key === null) notify();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) {
    // Nothing listened to the `storage` event until now, so a change may have been missed.
    stale = true;
    window.addEventListener("storage", onStorage);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener("storage", onStorage);
  };
}

// The snapshot must keep its identity while the stored text is unchanged.
let cachedRaw: string | null = null;
let cachedSettings: ReaderSettings = DEFAULT_READER_SETTINGS;

export function readReaderSettings(): ReaderSettings {
  if (typeof window === "undefined") return DEFAULT_READER_SETTINGS;
  // Every name and spoiler on a page asks on every render: read storage once per change.
  if (!stale) return cachedSettings;
  stale = false;
  const raw = readRaw();
  if (raw !== cachedRaw) {
    cachedSettings = parseReaderSettings(raw);
    // A corrupt, old or foreign value is replaced by what was read from it, so
    // it is repaired once rather than read around on every visit.
    const repaired = raw === null ? null : serialize(cachedSettings);
    if (repaired !== raw) writeRaw(repaired);
    cachedRaw = repaired;
  }
  return cachedSettings;
}

const serverSnapshot = () => DEFAULT_READER_SETTINGS;

/** The reader's settings; the defaults in the prerendered HTML and during hydration. */
export function useReaderSettings(): ReaderSettings {
  return useSyncExternalStore(subscribe, readReaderSettings, serverSnapshot);
}

export type ReaderSettingsUpdate = { watchedUpTo?: Watched; names?: Partial<NamePreferences> };

/** Changes some settings; every open page (this tab and others) updates at once. */
export function updateReaderSettings(update: ReaderSettingsUpdate): void {
  const current = readReaderSettings();
  writeRaw(
    serialize({
      watchedUpTo: update.watchedUpTo ?? current.watchedUpTo,
      names: { ...current.names, ...update.names },
    }),
  );
  notify();
}

export function resetReaderSettings(): void {
  writeRaw(null);
  notify();
}
