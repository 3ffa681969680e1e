import { act, renderHook } from "@testing-library/react";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EPISODE_COUNT } from "../data/constants";
import {
  DEFAULT_READER_SETTINGS,
  READER_SETTINGS_KEY,
  parseReaderSettings,
  useReaderSettings,
  type ReaderSettings,
} from "./reader-settings";

/** Another tab (or an older version of the site) wrote this value; this tab hears of it. */
function storeFromElsewhere(raw: string) {
  localStorage.setItem(READER_SETTINGS_KEY, raw);
  window.dispatchEvent(new StorageEvent("storage", { key: READER_SETTINGS_KEY }));
}

const isValid = (settings: ReaderSettings) =>
  Number.isInteger(settings.watchedUpTo) &&
  settings.watchedUpTo >= 0 &&
  settings.watchedUpTo <= EPISODE_COUNT &&
  ["given-first", "family-first"].includes(settings.names.order) &&
  typeof settings.names.macrons === "boolean";

describe("a stored value that is not valid", () => {
  it.each([
    ["not JSON", "{watchedUpTo: 4"],
    ["an older version", JSON.stringify({ watchedUpTo: 4 })],
    ["another site's value", JSON.stringify({ theme: "dark" })],
  ])("is read as the defaults and rewritten: %s", (_, raw) => {
    const { result } = renderHook(() => useReaderSettings());
    act(() => {
      storeFromElsewhere(raw);
    });
    expect(result.current).toEqual(DEFAULT_READER_SETTINGS);
    expect(JSON.parse(localStorage.getItem(READER_SETTINGS_KEY) ?? "null")).toEqual({
      version: 1,
      ...DEFAULT_READER_SETTINGS,
    });
  });

  it("keeps its valid fields when rewritten", () => {
    const { result } = renderHook(() => useReaderSettings());
    act(() => {
      storeFromElsewhere(JSON.stringify({ version: 1, watchedUpTo: 42, names: { order: "family-first" } }));
    });
    expect(result.current).toEqual({ watchedUpTo: 0, names: { order: "family-first", macrons: false } });
    expect(JSON.parse(localStorage.getItem(READER_SETTINGS_KEY) ?? "null")).toEqual({
      version: 1,
      watchedUpTo: 0,
      names: { order: "family-first", macrons: false },
    });
  });

  it("is left alone when it is valid", () => {
    const raw = JSON.stringify({ version: 1, watchedUpTo: 7, names: { order: "family-first", macrons: true } });
    const { result } = renderHook(() => useReaderSettings());
    act(() => {
      storeFromElsewhere(raw);
    });
    expect(result.current.watchedUpTo).toBe(7);
    expect(localStorage.getItem(READER_SETTINGS_KEY)).toBe(raw);
  });
});

describe("parseReaderSettings on random input", () => {
  it("turns any string into valid settings without throwing", () => {
    fc.assert(
      fc.property(fc.string(), (raw) => {
        expect(isValid(parseReaderSettings(raw))).toBe(true);
      }),
    );
  });

  it("turns any JSON value, including near-misses of the real shape, into valid settings", () => {
    const nearMiss = fc.record(
      {
        version: fc.oneof(fc.constant(1), fc.jsonValue()),
        watchedUpTo: fc.oneof(fc.integer({ min: -3, max: 13 }), fc.double(), fc.jsonValue()),
        names: fc.oneof(
          fc.record(
            { order: fc.oneof(fc.constantFrom("given-first", "family-first"), fc.jsonValue()), macrons: fc.jsonValue() },
            { requiredKeys: [] },
          ),
          fc.jsonValue(),
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), nearMiss), (value) => {
        const settings = parseReaderSettings(JSON.stringify(value));
        expect(isValid(settings)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
