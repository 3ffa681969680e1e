import { act, renderHook } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  THEME_BOOT_SCRIPT,
  THEME_KEY,
  addThemeScript,
  parseThemeChoice,
  setThemeChoice,
  useThemeChoice,
} from "./theme";

const root = document.documentElement;

afterEach(() => {
  window.localStorage.clear();
  root.removeAttribute("data-theme");
  vi.restoreAllMocks();
});

/** Runs the inline script as the browser would, in the page's global scope. */
const runBootScript = () => {
  // The test must run the very text the build inlines, not a copy of its logic.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const script = new Function(THEME_BOOT_SCRIPT) as () => void;
  script();
};

describe("parseThemeChoice", () => {
  it("keeps light and dark and reads anything else as the system's theme", () => {
    expect(parseThemeChoice("light")).toBe("light");
    expect(parseThemeChoice("dark")).toBe("dark");
    for (const raw of [null, undefined, "", "Dark", "system", '{"theme":"dark"}']) {
      expect(parseThemeChoice(raw)).toBe("system");
    }
  });
});

describe("the boot script", () => {
  it("sets data-theme from a stored choice", () => {
    window.localStorage.setItem(THEME_KEY, "dark");
    runBootScript();
    expect(root).toHaveAttribute("data-theme", "dark");
    window.localStorage.setItem(THEME_KEY, "light");
    runBootScript();
    expect(root).toHaveAttribute("data-theme", "light");
  });

  it("leaves the page to the system's theme when nothing valid is stored", () => {
    runBootScript();
    expect(root).not.toHaveAttribute("data-theme");
    window.localStorage.setItem(THEME_KEY, "purple");
    runBootScript();
    expect(root).not.toHaveAttribute("data-theme");
  });

  it("does not throw when storage is blocked", () => {
    vi.spyOn(Storage.prototype, "getItem").mockImplementation(() => {
      throw new DOMException("blocked", "SecurityError");
    });
    expect(runBootScript).not.toThrow();
    expect(root).not.toHaveAttribute("data-theme");
  });

  it("stays small enough to cost nothing before the first paint", () => {
    expect(THEME_BOOT_SCRIPT.length).toBeLessThan(200);
  });
});

describe("addThemeScript", () => {
  const page = '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><link rel="stylesheet" href="/a.css"/>';

  it("puts the script right after <meta charset>, before the stylesheet", () => {
    const html = addThemeScript(page);
    expect(html).toBe(
      `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><script>${THEME_BOOT_SCRIPT}</script><link rel="stylesheet" href="/a.css"/>`,
    );
  });

  it("puts it first in <head> when there is no charset", () => {
    expect(addThemeScript("<html><head><title>x</title></head></html>")).toBe(
      `<html><head><script>${THEME_BOOT_SCRIPT}</script><title>x</title></head></html>`,
    );
  });

  it("refuses a page without <head> or one that has the script already", () => {
    expect(() => addThemeScript("<html><body></body></html>", "a.html")).toThrow(/a\.html: the page has no <head>/);
    expect(() => addThemeScript(addThemeScript(page), "b.html")).toThrow(/b\.html: the page already has/);
  });
});

describe("setThemeChoice and useThemeChoice", () => {
  it("remember the choice, apply it at once and give it to every reader of the hook", () => {
    const { result } = renderHook(() => useThemeChoice());
    expect(result.current).toBe("system");
    act(() => {
      setThemeChoice("dark");
    });
    expect(result.current).toBe("dark");
    expect(root).toHaveAttribute("data-theme", "dark");
    expect(window.localStorage.getItem(THEME_KEY)).toBe("dark");
    act(() => {
      setThemeChoice("system");
    });
    expect(result.current).toBe("system");
    expect(root).not.toHaveAttribute("data-theme");
    expect(window.localStorage.getItem(THEME_KEY)).toBeNull();
  });

  it("follows a choice made in another tab", () => {
    const { result } = renderHook(() => useThemeChoice());
    act(() => {
      window.localStorage.setItem(THEME_KEY, "light");
      window.dispatchEvent(new StorageEvent("storage", { key: THEME_KEY }));
    });
    expect(result.current).toBe("light");
    expect(root).toHaveAttribute("data-theme", "light");
  });
});
