import { readFileSync } from "node:fs";

/**
 * The colours each theme gives the design tokens, read from app.css: the light
 * values on `:root`, and every other `:root…` block (the dark theme, chosen or
 * from the system) laid over them. Keyed by the block's selector, then by the
 * Tailwind token (`--color-ink`).
 */
export function themeColours(): Map<string, Map<string, string>> {
  const css = readFileSync("src/app.css", "utf8");
  const declarations = (body: string) =>
    new Map(
      [...body.replace(/\/\*[\s\S]*?\*\//g, "").matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [
        m[1] ?? "",
        (m[2] ?? "").trim(),
      ]),
    );
  const theme = declarations(/@theme\s*\{([\s\S]*?)\n\}/.exec(css)?.[1] ?? "");
  const blocks = [...css.matchAll(/(:root[^{]*)\{([^}]*)\}/g)].map((m) => ({
    selector: (m[1] ?? "").trim(),
    values: declarations(m[2] ?? ""),
  }));
  const light = blocks.find((b) => b.selector === ":root")?.values ?? new Map<string, string>();
  const themes = new Map<string, Map<string, string>>();
  for (const block of blocks) {
    const values = new Map([...light, ...block.values]);
    const resolved = new Map<string, string>();
    for (const [token, value] of theme) {
      const variable = /^var\((--[\w-]+)\)$/.exec(value)?.[1];
      resolved.set(token, variable ? (values.get(variable) ?? value) : value);
    }
    themes.set(block.selector, resolved);
  }
  return themes;
}

function luminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const [r, g, b] = match.slice(1).map((channel) => {
    const c = parseInt(channel, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/** The WCAG contrast ratio of two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}
