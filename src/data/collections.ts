import type { CollectionName, Dataset } from "./schema";

/**
 * One lazy import per collection, so each JSON file becomes its own chunk and a
 * page downloads only the collections it shows.
 */
const importers: Record<CollectionName, () => Promise<{ default: unknown }>> = {
  characters: () => import("./characters.json"),
  people: () => import("./people.json"),
  bands: () => import("./bands.json"),
  episodes: () => import("./episodes.json"),
  songs: () => import("./songs.json"),
  albums: () => import("./albums.json"),
  reviews: () => import("./reviews.json"),
  sources: () => import("./sources.json"),
};

export async function loadCollection<K extends CollectionName>(name: K): Promise<Dataset[K]> {
  const module = await importers[name]();
  // `npm run validate` checks every file against its schema before each build,
  // so shipping zod to the browser to check it again would only cost bytes.
  return module.default as Dataset[K];
}
