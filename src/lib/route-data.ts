import { data } from "react-router";
import { EPISODE_COUNT } from "../data/constants";

/** Thrown by a loader for an unknown slug or number; the root boundary shows the 404 page. */
export function notFound(): never {
  throw data(null, { status: 404, statusText: "Not Found" });
}

export function findOrNotFound<T>(items: readonly T[], predicate: (item: T) => boolean): T {
  return items.find(predicate) ?? notFound();
}

/** Only the canonical spelling of an episode number: "8", never "08", "8.0" or "abc". */
export function parseEpisodeNumber(raw: string | undefined): number | undefined {
  if (raw === undefined || !/^[1-9]\d*$/.test(raw)) return undefined;
  const value = Number(raw);
  return value <= EPISODE_COUNT ? value : undefined;
}

/** Keeps just what a link to an entity needs, so loader payloads stay small. */
export const linkTo = <T extends { id: string; name: unknown }>({ id, name }: T) =>
  ({ id, name }) as Pick<T, "id" | "name">;
