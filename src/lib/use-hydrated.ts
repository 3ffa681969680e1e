import { useSyncExternalStore } from "react";

const unsubscribe = () => undefined;
const subscribe = () => unsubscribe;

/**
 * False in the prerendered HTML and during hydration, true afterwards: content
 * that depends on the URL's query string or on stored settings waits for it, so
 * the first client render matches the HTML and hydration stays clean.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
