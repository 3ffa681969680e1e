/**
 * After a deploy, an open tab may ask for hashed chunks that no longer exist.
 * Vite reports a failed chunk as `vite:preloadError`. A dropped connection looks
 * the same, and reloading then would throw away the query's retries and the
 * error boundary's "Try again", so the error is left to run its course while
 * we ask the server, past every cache, which deploy it serves now. Only when
 * that differs from this page's deploy does the page reload, and only once per
 * deploy: if the reload still brings the old page (a cache in the way), the
 * marker stops a second one, so it never loops.
 */
export const STALE_CHUNK_KEY = "glass-heart-wiki:reloaded-for-deploy";

type DeployWindow = Window & { __reactRouterManifest?: { version?: string } };

/** The deploy this page belongs to: React Router's manifest version, also in the manifest's file name. */
export const currentDeploy = (win: Window): string | undefined => (win as DeployWindow).__reactRouterManifest?.version;

/**
 * The deploy the server serves now. The `deploy-check` parameter marks the
 * request so the service worker lets it through to the network.
 */
export async function latestDeploy(win: Window): Promise<string | undefined> {
  const response = await win.fetch(`/?deploy-check=${Date.now()}`, { cache: "no-store" });
  if (!response.ok) return undefined;
  return /\/manifest-([\w-]+)\.js/.exec(await response.text())?.[1];
}

export function reloadOnceOnStaleChunk(win: Window = window, findLatest = () => latestDeploy(win)): void {
  let checking: Promise<void> | undefined;
  win.addEventListener("vite:preloadError", () => {
    checking ??= findLatest()
      .then((latest) => {
        const current = currentDeploy(win);
        if (latest === undefined || current === undefined || latest === current) return;
        if (win.sessionStorage.getItem(STALE_CHUNK_KEY) === latest) return;
        win.sessionStorage.setItem(STALE_CHUNK_KEY, latest);
        win.location.reload();
      })
      // Offline or refused: nothing to learn, the retries and the error boundary take over.
      .catch(() => undefined)
      .finally(() => {
        checking = undefined;
      });
  });
}
