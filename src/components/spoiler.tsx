import type { ReactNode } from "react";
import { NOTHING_WATCHED, isRevealed, type Watched } from "../lib/spoilers";

/**
 * Wraps a plot-sensitive item. Until the reader has watched the episode that
 * reveals it, the item stays inside a closed <details>, so even the prerendered
 * HTML with no script shows only the episode number, never the twist itself.
 */
export function Spoiler({
  revealedIn,
  watched = NOTHING_WATCHED,
  children,
}: {
  revealedIn: number | undefined;
  watched?: Watched;
  children: ReactNode;
}) {
  if (isRevealed({ revealedIn }, watched)) return <>{children}</>;
  return (
    <details className="group">
      <summary className="cursor-pointer text-sm text-zinc-700">
        Spoiler: revealed in episode {revealedIn}
        <span className="sr-only"> (activate to show)</span>
      </summary>
      <div className="mt-1">{children}</div>
    </details>
  );
}
