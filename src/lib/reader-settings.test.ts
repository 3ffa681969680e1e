import { act, renderHook } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import {
  DEFAULT_READER_SETTINGS,
  READER_SETTINGS_KEY,
  parseReaderSettings,
  readReaderSettings,
  resetReaderSettings,
  updateReaderSettings,
  useReaderSettings,
} from "./reader-settings";

const stored = (value: unknown) => JSON.stringify(value);

describe("parseReaderSettings", () => {
  it("gives the spoiler-safe defaults when nothing is stored", () => {
    expect(parseReaderSettings(null)).toEqual({
      watchedUpTo: 0,
      names: { order: "given-first", macrons: false },
    });
  });

  it("reads a valid stored value", () => {
    const raw = stored({ version: 1, watchedUpTo: 4, names: { order: "family-first", macrons: true } });
    expect(parseReaderSettings(raw)).toEqual({ watchedUpTo: 4, names: { order: "family-first", macrons: true } });
  });

  it.each([
    ["not JSON", "{watchedUpTo: 4"],
    ["JSON null", "null"],
    ["an array", "[4]"],
    ["a number", "7"],
    ["an older version", stored({ watchedUpTo: 4, names: { order: "family-first", macrons: true } })],
    ["a newer version", stored({ version: 2, watchedUpTo: 4 })],
  ])("falls back to the defaults for %s", (_, raw) => {
    expect(parseReaderSettings(raw)).toEqual(DEFAULT_READER_SETTINGS);
  });

  it.each([11, -1, 2.5, "4", null])("keeps the valid fields and drops watchedUpTo %s", (watchedUpTo) => {
    const raw = stored({ version: 1, watchedUpTo, names: { order: "family-first", macrons: true } });
    expect(parseReaderSettings(raw)).toEqual({ watchedUpTo: 0, names: { order: "family-first", macrons: true } });
  });

  it("drops an unknown name order or a non-boolean macron flag", () => {
    const raw = stored({ version: 1, watchedUpTo: 3, names: { order: "surname", macrons: "yes" } });
    expect(parseReaderSettings(raw)).toEqual({ watchedUpTo: 3, names: { order: "given-first", macrons: false } });
  });
});

describe("the settings store", () => {
  it("writes changes to localStorage and reads them back", () => {
    updateReaderSettings({ watchedUpTo: 6 });
    updateReaderSettings({ names: { macrons: true } });
    expect(readReaderSettings()).toEqual({ watchedUpTo: 6, names: { order: "given-first", macrons: true } });
    expect(JSON.parse(localStorage.getItem(READER_SETTINGS_KEY) ?? "null")).toMatchObject({
      version: 1,
      watchedUpTo: 6,
    });
  });

  it("re-renders readers when a setting changes, and on reset", () => {
    const { result } = renderHook(() => useReaderSettings());
    expect(result.current.watchedUpTo).toBe(0);
    act(() => {
      updateReaderSettings({ watchedUpTo: 9, names: { order: "family-first" } });
    });
    expect(result.current).toEqual({ watchedUpTo: 9, names: { order: "family-first", macrons: false } });
    act(() => {
      resetReaderSettings();
    });
    expect(result.current).toEqual(DEFAULT_READER_SETTINGS);
    expect(localStorage.getItem(READER_SETTINGS_KEY)).toBeNull();
  });

  it("follows a change made in another tab", () => {
    const { result } = renderHook(() => useReaderSettings());
    act(() => {
      // Another tab writes the value; this tab only gets the storage event.
      localStorage.setItem(READER_SETTINGS_KEY, stored({ version: 1, watchedUpTo: 5, names: {} }));
      window.dispatchEvent(new StorageEvent("storage", { key: READER_SETTINGS_KEY }));
    });
    expect(result.current.watchedUpTo).toBe(5);
  });

  it("keeps the same object while the stored value is unchanged", () => {
    updateReaderSettings({ watchedUpTo: 2 });
    expect(readReaderSettings()).toBe(readReaderSettings());
  });
});

describe("reading the store", () => {
  it("reads localStorage once per change, not on every render of every reader", () => {
    const getItem = vi.spyOn(Storage.prototype, "getItem");
    const readers = Array.from({ length: 20 }, () => renderHook(() => useReaderSettings()));
    for (const reader of readers) reader.rerender();
    expect(getItem.mock.calls.length).toBeLessThanOrEqual(2);

    getItem.mockClear();
    act(() => {
      updateReaderSettings({ watchedUpTo: 3 });
    });
    expect(readers.every((reader) => reader.result.current.watchedUpTo === 3)).toBe(true);
    expect(getItem.mock.calls.length).toBeLessThanOrEqual(2);
    getItem.mockRestore();
  });
});
