// @vitest-environment node
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ICON_BACKGROUND, ICON_FILES, appIconSvg, renderIcon, writeAppIcons } from "./app-icons";

type WebManifest = {
  name: string;
  short_name: string;
  start_url: string;
  display: string;
  theme_color: string;
  background_color: string;
  icons: { src: string; sizes: string; type: string; purpose: string }[];
};

const manifest = JSON.parse(
  await readFile(new URL("../public/manifest.webmanifest", import.meta.url), "utf8"),
) as WebManifest;
const css = await readFile(new URL("../src/app.css", import.meta.url), "utf8");

/** A light theme token's value from app.css: the first definition, in `:root`. */
const lightToken = (name: string) => new RegExp(`--gh-${name}:\\s*(#[0-9a-f]{6});`, "i").exec(css)?.[1];

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe("the app icons", () => {
  it("render at the sizes their names and the manifest give", async () => {
    const root = await mkdtemp(join(tmpdir(), "app-icons-"));
    try {
      expect(await writeAppIcons(root)).toBe(ICON_FILES.length);
      for (const icon of ICON_FILES) {
        expect(pngSize(await readFile(join(root, icon.file))), icon.file).toEqual({
          width: icon.size,
          height: icon.size,
        });
      }
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it("are the ones the manifest lists, one of them maskable", () => {
    const written = new Map(ICON_FILES.map((icon) => [`/${icon.file}`, icon]));
    for (const entry of manifest.icons) {
      const icon = written.get(entry.src);
      expect(icon, entry.src).toBeDefined();
      expect(entry.sizes).toBe(`${icon?.size ?? 0}x${icon?.size ?? 0}`);
      expect(entry.type).toBe("image/png");
      // A maskable icon must fill its square: the platform cuts the shape.
      expect(entry.purpose === "maskable", entry.src).toBe(icon?.shape === "full-bleed");
    }
    expect(manifest.icons.map((entry) => entry.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
    expect(manifest.icons.some((entry) => entry.purpose === "maskable")).toBe(true);
  });

  it("keep a maskable icon's drawing inside the safe circle (radius 40 %)", () => {
    for (const icon of ICON_FILES.filter((i) => i.shape === "full-bleed")) {
      // The heart with its stroke reaches 12 units from the centre of the 32-unit box.
      expect(12 * icon.scale, icon.file).toBeLessThanOrEqual(0.4 * 32);
    }
    expect(appIconSvg("full-bleed", 0.8)).not.toContain("rx=");
    expect(appIconSvg("rounded")).toContain('rx="6"');
  });

  it("are drawn on the light theme's strong accent, at any size", () => {
    expect(pngSize(renderIcon({ file: "x.png", size: 48, shape: "full-bleed", scale: 0.8 }))).toEqual({
      width: 48,
      height: 48,
    });
    expect(appIconSvg("full-bleed")).toContain(`fill="${ICON_BACKGROUND}"`);
    expect(ICON_BACKGROUND).toBe(lightToken("accent-strong"));
  });
});

describe("the web app manifest", () => {
  it("makes the wiki installable as a standalone app starting at the home page", () => {
    expect(manifest.name).toBe("Glass Heart Wiki");
    expect(manifest.short_name.length).toBeLessThanOrEqual(12);
    expect(manifest.start_url).toBe("/");
    expect(manifest.display).toBe("standalone");
  });

  it("takes its colours from the light theme's tokens", () => {
    expect(manifest.theme_color).toBe(lightToken("surface"));
    expect(manifest.background_color).toBe(lightToken("surface"));
  });
});
