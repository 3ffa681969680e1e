import { useQuery } from "@tanstack/react-query";
import { ensureCollections } from "../../data/queries";
import { queryClient } from "../../lib/query-client";
import { useReaderSettings } from "../../lib/reader-settings";
import { SEARCH_COLLECTIONS } from "./search-kinds";

/**
 * The search index for this reader, built on first use (never with the first
 * paint) from the collections in the query cache, and kept for the visit. The
 * index code and its libraries are a separate chunk, fetched only here. The
 * reader's "watched up to" setting is part of the key: a new setting builds an
 * index without the twists that reader has not seen.
 */
export function useSearchEngine(enabled: boolean) {
  const { watchedUpTo } = useReaderSettings();
  return useQuery(
    {
      queryKey: ["search-engine", watchedUpTo] as const,
      queryFn: async () => {
        const [{ buildSearchEngine }, data] = await Promise.all([
          import("./search-engine"),
          ensureCollections(queryClient, SEARCH_COLLECTIONS),
        ]);
        return buildSearchEngine(data, watchedUpTo);
      },
      enabled,
      staleTime: "static",
      gcTime: Infinity,
    },
    // The header sits in the root layout, outside the provider the pages get, so the client is named here.
    queryClient,
  );
}
