import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { RevealUpTo } from "../../components/spoiler";
import { updateReaderSettings, useReaderSettings } from "../../lib/reader-settings";
import { inEpisode, isRevealed } from "../../lib/spoilers";
import { useHydrated } from "../../lib/use-hydrated";

/**
 * "I've watched this": moves the reader's setting up to this episode. Shown once
 * the page runs (it does nothing without JavaScript); says so when it is done.
 */
export function WatchedThisControl({ episode }: { episode: number }) {
  const { watchedUpTo } = useReaderSettings();
  const hydrated = useHydrated();
  return (
    <div className="mt-4 flex min-h-9 flex-wrap items-center gap-3">
      {hydrated && watchedUpTo < episode ? (
        <button
          type="button"
          onClick={() => {
            updateReaderSettings({ watchedUpTo: episode });
          }}
          className="rounded border border-line px-3 py-1 hover:bg-surface-raised"
        >
          I’ve watched this
        </button>
      ) : null}
      <p role="status" className="text-sm text-ink-muted">
        {hydrated && watchedUpTo >= episode
          ? watchedUpTo === episode
            ? `Watched: you are up to episode ${episode}.`
            : `Watched: you are up to episode ${watchedUpTo}.`
          : ""}
      </p>
    </div>
  );
}

/**
 * Covers an episode's story (synopsis, songs, reveals) for a reader who has not
 * watched that far; the heading, titles, dates and sources stay outside it, so a
 * deep link still says which episode it is. Episode 1 is never gated: its setup
 * is the premise every reader gets. Without JavaScript, "Continue" is a closed
 * <details>; a reader who continues sees the whole episode as if watched.
 */
const CONTROL_CLASS =
  "inline-block cursor-pointer rounded border border-line bg-surface px-3 py-1 leading-normal hover:bg-surface-raised";

export function EpisodeGate({ episode, children }: { episode: number; children: ReactNode }) {
  const { watchedUpTo } = useReaderSettings();
  const hydrated = useHydrated();
  const [continued, setContinued] = useState(false);
  const headingId = useId();
  const contentRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (continued) contentRef.current?.focus();
  }, [continued]);

  // The one spoiler rule decides: episode 1 is premise, any later episode is revealed in itself.
  if (isRevealed({ revealedIn: inEpisode(episode, undefined) }, watchedUpTo)) return <>{children}</>;
  const revealed = <RevealUpTo episode={episode}>{children}</RevealUpTo>;
  if (continued) {
    return (
      <div ref={contentRef} tabIndex={-1} className="outline-none">
        {revealed}
      </div>
    );
  }
  // The same box before and after hydration (only the control differs, at the
  // same size), so the page does not shift when the script takes over.
  const control = hydrated ? (
    <button
      type="button"
      onClick={() => {
        setContinued(true);
      }}
      className={CONTROL_CLASS}
    >
      Continue to episode {episode}
    </button>
  ) : (
    <details>
      <summary className={`${CONTROL_CLASS} list-none`}>Continue to episode {episode}</summary>
      {revealed}
    </details>
  );
  return (
    <section aria-labelledby={headingId} className="mt-8 rounded border border-line bg-surface-raised p-4">
      <h2 id={headingId} className="text-xl font-semibold">
        You haven’t watched episode {episode} yet
      </h2>
      <p className="mt-2">
        Its synopsis, songs and what it reveals are hidden. You have watched{" "}
        {watchedUpTo === 0 ? "no episodes yet" : `up to episode ${watchedUpTo}`}.
      </p>
      <div className="mt-3">{control}</div>
    </section>
  );
}
