import { createContext, useContext, useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useReaderSettings } from "../lib/reader-settings";
import { isRevealed } from "../lib/spoilers";
import { useHydrated } from "../lib/use-hydrated";

/**
 * Raises how far the reader counts as having watched for everything inside it:
 * an episode page the reader chose to open anyway shows that episode's content.
 */
const RevealUpToContext = createContext(0);

export function RevealUpTo({ episode, children }: { episode: number; children: ReactNode }) {
  const outer = useContext(RevealUpToContext);
  return <RevealUpToContext value={Math.max(outer, episode)}>{children}</RevealUpToContext>;
}

/**
 * How far the reader counts as having watched at this point of the page: their
 * setting, raised by an enclosing `RevealUpTo`. Anything that depends on the
 * spoiler rule without a marker of its own (an avatar's colour, where a member
 * stands on a stage plot) asks this, so it agrees with `<Spoiler>` beside it.
 */
export function useWatchedHere(): number {
  const { watchedUpTo } = useReaderSettings();
  return Math.max(watchedUpTo, useContext(RevealUpToContext));
}

/**
 * Wraps a plot-sensitive item, shown only to a reader who has watched the episode
 * that reveals it (the rule in `lib/spoilers.ts`).
 *
 * - In the prerendered HTML and while the page hydrates, every reader counts as
 *   having watched nothing, and a hidden item sits in a closed <details>: without
 *   JavaScript the twist is one deliberate click away, never on the page by accident.
 * - Once the page runs, a hidden item is not in the page at all: a marker says
 *   which episode reveals it, with a button to show that one item anyway.
 */
export function Spoiler({ revealedIn, children }: { revealedIn: number | undefined; children: ReactNode }) {
  const watched = useWatchedHere();
  const hydrated = useHydrated();
  const [shownAnyway, setShownAnyway] = useState(false);
  const markerId = useId();
  const contentRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // Move focus to what was just shown, so a screen reader reads it out.
    if (shownAnyway) contentRef.current?.focus();
  }, [shownAnyway]);

  if (isRevealed({ revealedIn }, watched)) return <>{children}</>;
  if (shownAnyway) {
    return (
      <div ref={contentRef} tabIndex={-1} className="outline-none focus-visible:outline-3">
        {children}
      </div>
    );
  }
  if (!hydrated) {
    return (
      <details>
        <summary className="cursor-pointer text-sm text-ink-muted">Revealed in episode {revealedIn}</summary>
        <div className="mt-1">{children}</div>
      </details>
    );
  }
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-2 text-sm text-ink-muted">
      <span id={markerId}>Revealed in episode {revealedIn}</span>
      <button
        type="button"
        aria-describedby={markerId}
        onClick={() => {
          setShownAnyway(true);
        }}
        className="rounded border border-line px-2 py-0.5 text-ink hover:bg-surface-raised"
      >
        Show anyway
      </button>
    </span>
  );
}
