import { QueryClient } from "@tanstack/react-query";

/** How many times a failed load is tried again before the error boundary offers "Try again". */
export const LOAD_RETRIES = 3;

/** 0.5 s, 1 s, 2 s: a dropped connection usually comes back within a few seconds. */
export const retryDelay = (failureCount: number): number => Math.min(500 * 2 ** failureCount, 4000);

/**
 * One client for the whole app: route loaders fill it and components read it.
 * A module singleton is safe here because the content is the same for every
 * reader (there is no per-user data, and pages are rendered at build time).
 *
 * `networkMode: "always"` because the data ships as files beside the app: the
 * browser's idea of "offline" is often wrong (captive portals, VPNs), and a
 * service worker may answer from its cache, so a load is always attempted and
 * retried instead of pausing until the browser says it is online again.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: LOAD_RETRIES,
      retryDelay,
      networkMode: "always",
      refetchOnWindowFocus: false,
    },
  },
});
