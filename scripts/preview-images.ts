/**
 * Draws each page's preview card (og:image) at build time: our own design, an
 * SVG with the page's title, rendered to PNG by resvg with a font that ships in
 * node_modules, so the result is the same on every machine.
 */
import { Resvg } from "@resvg/resvg-js";
import { createRequire } from "node:module";
import { dirname } from "node:path";

const require = createRequire(import.meta.url);
const FONT_DIR = `${dirname(require.resolve("dejavu-fonts-ttf/package.json"))}/ttf`;
const FONT_FILES = [`${FONT_DIR}/DejaVuSans.ttf`, `${FONT_DIR}/DejaVuSans-Bold.ttf`];

const KIND_LABELS: Record<string, string> = {
  characters: "Character",
  people: "Cast & crew",
  bands: "Band",
  episodes: "Episode",
  songs: "Song",
  reviews: "Review",
};

export function kindOf(path: string): string {
  const [, first = "", second] = path.split("/");
  const label = KIND_LABELS[first];
  return label && second ? label : "Fan wiki";
}

/** The card's font has no Japanese glyphs, so Japanese text is left to the page itself. */
export function cardTitle(title: string): string {
  const latin = title
    .replace(/[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]+/g, "")
    .replace(/\(\s*\)/g, "")
    .replace(/^\s*[(:·-]\s*|\s*[)]\s*$/g, "")
    .replace(/\s*:\s*$/, "")
    .replace(/\s+/g, " ")
    .trim();
  return latin || "Glass Heart";
}

function wrap(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && `${line} ${word}`.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1] ?? ""}…`;
  return kept;
}

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function cardSvg(title: string, kind: string): string {
  const lines = wrap(cardTitle(title), 24, 3);
  const size = lines.length > 2 ? 72 : 84;
  const text = lines
    .map((line, i) => `<text x="80" y="${300 + i * (size + 14)}" class="title">${escapeXml(line)}</text>`)
    .join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#1b1016"/><stop offset="1" stop-color="#3a0f1a"/>
    </linearGradient>
    <style>
      .title { font-family: 'DejaVu Sans'; font-weight: bold; font-size: ${size}px; fill: #ffffff; }
      .kind { font-family: 'DejaVu Sans'; font-weight: bold; font-size: 30px; fill: #ff9aa5; letter-spacing: 4px; }
      .site { font-family: 'DejaVu Sans'; font-size: 30px; fill: #f3d7dc; }
    </style>
  </defs>
  <rect width="1200" height="630" fill="url(#bg)"/>
  <g transform="translate(930 150)" fill="none" stroke-linejoin="round">
    <path d="M110 290 0 170a62 62 0 0 1 110-78 62 62 0 0 1 110 78z" stroke="#ff5a6e" stroke-width="10"/>
    <path d="m80 110 34 50-22 36 34 48" stroke="#ffd3d9" stroke-width="6"/>
  </g>
  <rect x="80" y="150" width="80" height="8" fill="#ff5a6e"/>
  <text x="80" y="215" class="kind">${escapeXml(kind.toUpperCase())}</text>
  ${text}
  <text x="80" y="560" class="site">Glass Heart Wiki · a spoiler-aware fan wiki</text>
</svg>`;
}

export function renderCard(title: string, kind: string): Buffer {
  const resvg = new Resvg(cardSvg(title, kind), {
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: "DejaVu Sans" },
  });
  return resvg.render().asPng();
}
