import { useDeferredValue, useMemo } from "react";
import type { SearchOutcome } from "./search-engine";
import { useSearchEngine } from "./use-search-engine";

export type SearchState =
  | { status: "idle" }
  | { status: "loading" }
  | { status: "error" }
  | { status: "ready"; query: string; outcome: SearchOutcome };

const EMPTY: SearchOutcome = { hits: [] };

/**
 * Results for a query, once `enabled` has loaded the index. The query is
 * deferred, so typing stays immediate even if a search ever takes longer.
 */
export function useSearchResults(query: string, enabled: boolean, limit?: number): SearchState {
  const engine = useSearchEngine(enabled);
  const deferred = useDeferredValue(query);
  const outcome = useMemo(
    () => (engine.data && deferred.trim() !== "" ? engine.data.search(deferred, limit) : EMPTY),
    [engine.data, deferred, limit],
  );
  if (engine.isError) return { status: "error" };
  if (engine.data) return { status: "ready", query: deferred, outcome };
  return enabled ? { status: "loading" } : { status: "idle" };
}
