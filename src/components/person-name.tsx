import type { Name } from "../data/schema";
import { formatName } from "../lib/names";
import { useReaderSettings } from "../lib/reader-settings";

/** A person's or character's name in the order and spelling the reader chose. */
export function PersonName({ name }: { name: Name }) {
  const { names } = useReaderSettings();
  return <>{formatName(name, names)}</>;
}
