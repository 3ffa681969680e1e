/**
 * Band accent colours as Tailwind classes, written out in full so Tailwind's
 * scanner finds them. Values live in `src/app.css` (`--color-band-*`) and change
 * with the theme; a band without its own palette gets the neutral one.
 */
export type BandPalette = {
  text: string;
  bg: string;
  border: string;
  fill: string;
  stroke: string;
  /** A card's top edge only. */
  edge: string;
  /** The soft tint, a background for ink-coloured text. */
  soft: string;
};

const PALETTES: Partial<Record<string, BandPalette>> = {
  tenblank: {
    text: "text-band-tenblank",
    bg: "bg-band-tenblank",
    border: "border-band-tenblank",
    fill: "fill-band-tenblank",
    stroke: "stroke-band-tenblank",
    edge: "border-t-band-tenblank",
    soft: "bg-band-tenblank-soft",
  },
  "over-chrome": {
    text: "text-band-over-chrome",
    bg: "bg-band-over-chrome",
    border: "border-band-over-chrome",
    fill: "fill-band-over-chrome",
    stroke: "stroke-band-over-chrome",
    edge: "border-t-band-over-chrome",
    soft: "bg-band-over-chrome-soft",
  },
  "z-out": {
    text: "text-band-z-out",
    bg: "bg-band-z-out",
    border: "border-band-z-out",
    fill: "fill-band-z-out",
    stroke: "stroke-band-z-out",
    edge: "border-t-band-z-out",
    soft: "bg-band-z-out-soft",
  },
};

const NEUTRAL: BandPalette = {
  text: "text-band-other",
  bg: "bg-band-other",
  border: "border-band-other",
  fill: "fill-band-other",
  stroke: "stroke-band-other",
  edge: "border-t-band-other",
  soft: "bg-band-other-soft",
};

export function bandPalette(bandId: string | undefined): BandPalette {
  return (bandId === undefined ? undefined : PALETTES[bandId]) ?? NEUTRAL;
}
