import { langOf } from "../lib/script";

/** A title that may be Japanese (旋律と結晶) or not (MATRIX); the language is set to match. */
export function Titled({ text }: { text: string }) {
  return <span lang={langOf(text)}>{text}</span>;
}
