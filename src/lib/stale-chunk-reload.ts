/**
 * After a deploy, an open tab may ask for hashed chunks that no longer exist.
 * Vite reports that as `vite:preloadError`; reloading once fetches the new
 * pages and chunks. A marker in sessionStorage makes sure it happens only once:
 * if the reload fails too, the error reaches the error boundary, which offers
 * "Try again", instead of reloading forever.
 */
export const STALE_CHUNK_KEY = "glass-heart-wiki:reloaded-for-stale-chunk";

export function reloadOnceOnStaleChunk(win: Window = window): void {
  win.addEventListener("vite:preloadError", (event) => {
    if (win.sessionStorage.getItem(STALE_CHUNK_KEY) !== null) return;
    event.preventDefault();
    win.sessionStorage.setItem(STALE_CHUNK_KEY, new Date().toISOString());
    win.location.reload();
  });
}

/** Called once the app has started: the next deploy may reload once again. */
export function clearStaleChunkMarker(win: Window = window): void {
  win.sessionStorage.removeItem(STALE_CHUNK_KEY);
}
