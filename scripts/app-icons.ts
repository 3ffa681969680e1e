/**
 * The installed app's icons, drawn here as SVG and rendered to PNG at build time
 * (the web app manifest and iOS want bitmaps). The motif is the favicon's and the
 * avatars': a heart of glass with a crack, light catching its rim and two shards
 * below, white on the site's accent red.
 */
import { Resvg } from "@resvg/resvg-js";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

/** The light theme's --gh-accent-strong (src/app.css): white on it has a contrast of 9:1. */
export const ICON_BACKGROUND = "#8f1a22";

export type IconShape = "rounded" | "full-bleed";

/**
 * The icon in a 32×32 box. A maskable icon fills the whole square, since the
 * platform cuts its own shape; its drawing is scaled into the central circle
 * (radius 40 %) that every mask keeps. `scale` sets how much of the box the heart takes.
 */
export function appIconSvg(shape: IconShape, scale = 1): string {
  const background =
    shape === "rounded"
      ? `<rect width="32" height="32" rx="6" fill="${ICON_BACKGROUND}"/>`
      : `<rect width="32" height="32" fill="${ICON_BACKGROUND}"/>`;
  const heart = "M16 26 6 15a5.5 5.5 0 0 1 10-6 5.5 5.5 0 0 1 10 6z";
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">`,
    background,
    `<g transform="translate(16 16) scale(${scale}) translate(-16 -16)">`,
    // Glass: the heart is see-through, with a crack down its middle.
    `<path d="${heart}" fill="#fff" fill-opacity="0.18" stroke="#fff" stroke-width="2" stroke-linejoin="round"/>`,
    `<path d="m14.5 11 2.5 4-2 3 2.5 4.5" fill="none" stroke="#fff" stroke-width="1.2" stroke-linejoin="round"/>`,
    // Light catching the rim of the left lobe, as on the avatars.
    `<path d="M8.6 12.6 A3.6 3.6 0 0 1 11.4 9.4" fill="none" stroke="#fff" stroke-width="1" stroke-linecap="round" stroke-opacity="0.7"/>`,
    // Two shards fallen below the point.
    `<path d="M21 24.5 25 22l-1.2 3.4z" fill="#fff" fill-opacity="0.55"/>`,
    `<path d="M9.5 23.2 12 24.8l-2.6 0.6z" fill="#fff" fill-opacity="0.4"/>`,
    `</g>`,
    `</svg>`,
  ].join("");
}

export type IconFile = { file: string; size: number; shape: IconShape; scale: number };

/** What the build writes into the web root; manifest.webmanifest and root.tsx name these files. */
export const ICON_FILES: readonly IconFile[] = [
  { file: "icons/icon-192.png", size: 192, shape: "rounded", scale: 1 },
  { file: "icons/icon-512.png", size: 512, shape: "rounded", scale: 1 },
  // The heart reaches 12 units from the centre at most; 0.8 keeps it inside the 12.8-unit safe circle.
  { file: "icons/icon-maskable-512.png", size: 512, shape: "full-bleed", scale: 0.8 },
  // iOS rounds the corners itself and shows transparency as black: a full square.
  { file: "apple-touch-icon.png", size: 180, shape: "full-bleed", scale: 0.9 },
];

export function renderIcon(icon: IconFile): Buffer {
  const svg = appIconSvg(icon.shape, icon.scale);
  return new Resvg(svg, { fitTo: { mode: "width", value: icon.size } }).render().asPng();
}

/** Renders every icon into `root`; returns how many it wrote. */
export async function writeAppIcons(root: string): Promise<number> {
  for (const icon of ICON_FILES) {
    const path = join(root, icon.file);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, renderIcon(icon));
  }
  return ICON_FILES.length;
}
