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

/**
 * The browser remembers a failed dynamic import and fails the same import again
 * without asking the network, so a retry would never see the connection come
 * back. The error names the chunk's address (Chromium and Firefox do), and a
 * retry imports that address with a fresh query, which the browser treats as a
 * new module and fetches.
 */
const failedChunks = new Map<CollectionName, string>();
const CHUNK_IN_MESSAGE = /(https?:\/\/\S+?\.js)\b/;

async function importCollection(name: CollectionName): Promise<{ default: unknown }> {
  const failed = failedChunks.get(name);
  try {
    const module = failed
      ? ((await import(/* @vite-ignore */ `${failed}?retry=${Date.now()}`)) as { default: unknown })
      : await importers[name]();
    failedChunks.delete(name);
    return module;
  } catch (error) {
    const chunk = error instanceof Error ? CHUNK_IN_MESSAGE.exec(error.message)?.[1] : undefined;
    if (chunk !== undefined && failed === undefined) failedChunks.set(name, chunk);
    throw error;
  }
}

export async function loadCollection<K extends CollectionName>(name: K): Promise<Dataset[K]> {
  const module = await importCollection(name);
  // `npm run validate` checks every file against its schema before each build,
  // so shipping zod to the browser to check it again would only cost bytes.
  return module.default as Dataset[K];
}
