import { describe, expect, it } from "vitest";
import { contrast, themeColours } from "../test/theme-colours";
import { SURFACE_COLOURS } from "./theme";

const BANDS = ["tenblank", "over-chrome", "z-out", "other"];
const SURFACES = ["surface", "surface-raised", "surface-sunken", ...BANDS.map((b) => `band-${b}-soft`)];

/** Every text colour the components put on a background, and the background. */
const TEXT_PAIRS: [string, string][] = [
  ...["ink", "ink-muted", "accent-strong"].flatMap((text) => SURFACES.map((bg): [string, string] => [text, bg])),
  // Links and band names in accent colours sit on the page's own surfaces, and on their band's tint.
  ...["accent", ...BANDS.map((b) => `band-${b}`)].flatMap((text) =>
    ["surface", "surface-raised", "surface-sunken"].map((bg): [string, string] => [text, bg]),
  ),
  ...BANDS.map((b): [string, string] => [`band-${b}`, `band-${b}-soft`]),
  // Selected search suggestion: the page colour on ink.
  ["surface", "ink"],
];

/** Borders that mark a control's edge and the focus ring: 3:1 against what is around them (WCAG 1.4.11). */
const UI_PAIRS: [string, string][] = [
  ...["surface", "surface-raised", "surface-sunken"].flatMap((bg): [string, string][] => [
    ["line-strong", bg],
    ["focus", bg],
  ]),
  ...BANDS.map((b): [string, string] => [`band-${b}`, "surface-raised"]),
];

describe("design tokens", () => {
  const themes = themeColours();

  it("define a light theme and both ways to the dark one", () => {
    expect([...themes.keys()]).toEqual([":root", ':root[data-theme="dark"]', ':root:not([data-theme="light"])']);
    // The browser bars' colours (root.tsx's theme-color) are the surfaces of app.css.
    expect(themes.get(":root")?.get("--color-surface")).toBe(SURFACE_COLOURS.light);
    expect(themes.get(':root[data-theme="dark"]')?.get("--color-surface")).toBe(SURFACE_COLOURS.dark);
  });

  it("give the chosen dark theme and the system's dark theme the same colours", () => {
    expect(themes.get(':root[data-theme="dark"]')).toEqual(themes.get(':root:not([data-theme="light"])'));
  });

  it.each([...themes.keys()])("keep every text pair at 4.5:1 or more in %s", (selector) => {
    const colours = themes.get(selector) ?? new Map<string, string>();
    const failures = TEXT_PAIRS.flatMap(([text, bg]) => {
      const ratio = contrast(colours.get(`--color-${text}`) ?? "", colours.get(`--color-${bg}`) ?? "");
      return ratio < 4.5 ? [`${text} on ${bg}: ${ratio.toFixed(2)}`] : [];
    });
    expect(failures).toEqual([]);
  });

  it.each([...themes.keys()])("keep control borders and the focus ring at 3:1 or more in %s", (selector) => {
    const colours = themes.get(selector) ?? new Map<string, string>();
    const failures = UI_PAIRS.flatMap(([edge, bg]) => {
      const ratio = contrast(colours.get(`--color-${edge}`) ?? "", colours.get(`--color-${bg}`) ?? "");
      return ratio < 3 ? [`${edge} on ${bg}: ${ratio.toFixed(2)}`] : [];
    });
    expect(failures).toEqual([]);
  });
});
