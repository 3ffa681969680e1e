/**
 * Band accent colours as Tailwind classes, written out in full so Tailwind's
 * scanner finds them. Values live in `src/app.css` (`--color-band-*`) and change
 * with the theme; a band without its own palette gets the neutral one.
 */
export type BandPalette = { text: string; bg: string; border: string; fill: string; stroke: string };

const PALETTES: Partial<Record<string, BandPalette>> = {
  tenblank: {
    text: "text-band-tenblank",
    bg: "bg-band-tenblank",
    border: "border-band-tenblank",
    fill: "fill-band-tenblank",
    stroke: "stroke-band-tenblank",
  },
  "over-chrome": {
    text: "text-band-over-chrome",
    bg: "bg-band-over-chrome",
    border: "border-band-over-chrome",
    fill: "fill-band-over-chrome",
    stroke: "stroke-band-over-chrome",
  },
  "z-out": {
    text: "text-band-z-out",
    bg: "bg-band-z-out",
    border: "border-band-z-out",
    fill: "fill-band-z-out",
    stroke: "stroke-band-z-out",
  },
};

const NEUTRAL: BandPalette = {
  text: "text-band-other",
  bg: "bg-band-other",
  border: "border-band-other",
  fill: "fill-band-other",
  stroke: "stroke-band-other",
};

export function bandPalette(bandId: string | undefined): BandPalette {
  return (bandId === undefined ? undefined : PALETTES[bandId]) ?? NEUTRAL;
}
