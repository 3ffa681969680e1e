import { queryOptions, type QueryClient } from "@tanstack/react-query";
import { loadCollection } from "./collections";
import type { CollectionName, Dataset } from "./schema";

/**
 * The one query-options factory per collection, shared by route loaders and
 * components, so a collection is imported once and then read from the cache.
 * The data ships with the build, so it never goes stale while a tab is open.
 */
export const collectionQuery = <K extends CollectionName>(name: K) =>
  queryOptions({
    queryKey: ["collection", name] as const,
    queryFn: () => loadCollection(name),
    staleTime: "static",
    gcTime: Infinity,
  });

export async function ensureCollections<K extends CollectionName>(
  queryClient: QueryClient,
  names: readonly K[],
): Promise<Pick<Dataset, K>> {
  const loaded = await Promise.all(names.map(async (name) => [name, await queryClient.query(collectionQuery(name))]));
  return Object.fromEntries(loaded) as Pick<Dataset, K>;
}
