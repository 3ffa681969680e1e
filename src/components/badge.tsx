import type { ReactNode } from "react";
import { bandPalette } from "../lib/band-palette";

/**
 * A short label (a band, a role, an episode number) as a pill. With a band it
 * wears the band's tint and accent, which the contrast test checks in both themes.
 */
export function Badge({ children, band }: { children: ReactNode; band?: string }) {
  const colours =
    band === undefined
      ? "border-line bg-surface-sunken text-ink"
      : `${bandPalette(band).border} ${bandPalette(band).soft} text-ink`;
  return (
    <span className={`inline-block rounded-full border px-2.5 py-0.5 text-xs font-semibold ${colours}`}>
      {children}
    </span>
  );
}
