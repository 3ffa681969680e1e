import { useEffect, useState } from "react";
import type { OnUpdate } from "./register-service-worker";

/** Starts the service worker; by default loads workbox-window only now, outside the first-load bundle. */
export type StartOffline = (onUpdate: OnUpdate) => void;

const startInBrowser: StartOffline = (onUpdate) => {
  // No worker in development (there is no sw.js) or where the browser has none.
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  const start = () => {
    void import("./register-service-worker").then(({ registerServiceWorker }) => registerServiceWorker(onUpdate));
  };
  // After the page has loaded, so the worker's downloads never compete with the page's own.
  if (document.readyState === "complete") start();
  else window.addEventListener("load", start, { once: true });
};

/**
 * Makes the wiki readable offline and announces a new version: "Update
 * available" with Reload and Later, in a polite live region that is always in
 * the page (so the message is announced when it appears) and early in the tab
 * order. Nothing changes until the reader chooses Reload.
 */
export function UpdatePrompt({ startOffline = startInBrowser }: { startOffline?: StartOffline }) {
  const [activate, setActivate] = useState<(() => void) | null>(null);

  useEffect(() => {
    // Runs once the app has started in the browser; never during the prerender.
    startOffline((next) => {
      setActivate(() => next);
    });
  }, [startOffline]);

  return (
    <div role="status" className="fixed bottom-4 right-4 z-20 max-w-sm">
      {activate && (
        <div className="rounded border border-line bg-surface-raised p-4 text-ink shadow-lg">
          <p className="font-semibold">Update available</p>
          <p className="mt-1 text-sm text-ink-muted">A new version of the wiki is ready. Reload to use it.</p>
          <p className="mt-3 flex gap-3">
            <button
              type="button"
              onClick={activate}
              className="rounded border border-accent-strong bg-accent-strong px-3 py-1 font-semibold text-surface"
            >
              Reload
            </button>
            <button
              type="button"
              onClick={() => {
                setActivate(null);
              }}
              className="rounded border border-line bg-surface px-3 py-1"
            >
              Later
            </button>
          </p>
        </div>
      )}
    </div>
  );
}
