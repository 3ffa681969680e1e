/**
 * Registers the service worker (the build writes sw.js: scripts/service-worker.ts)
 * and reports a new version that is waiting. The reader decides when it takes
 * over: `activate` tells the waiting worker to skip waiting, and the page reloads
 * once the new worker controls it, so nothing changes under the reader meanwhile.
 */
import { Workbox } from "workbox-window";
import { siteFiles } from "../../lib/paths";

/** Called with the function that switches to the waiting version and reloads. */
export type OnUpdate = (activate: () => void) => void;

export function registerServiceWorker(onUpdate: OnUpdate, win: Window = window): Workbox {
  const workbox = new Workbox(siteFiles.serviceWorker);
  let reloading = false;
  const activate = () => {
    workbox.addEventListener("controlling", () => {
      // Guard against reloading twice when both events of one switch arrive.
      if (reloading) return;
      reloading = true;
      win.location.reload();
    });
    workbox.messageSkipWaiting();
  };
  // Also fires for a version left waiting on an earlier visit, or installed from another tab.
  workbox.addEventListener("waiting", () => {
    onUpdate(activate);
  });
  // A browser may refuse (a private window, a policy, blocked storage): the wiki then
  // simply works online only, which is no error for the reader.
  workbox.register().catch(() => undefined);
  return workbox;
}
