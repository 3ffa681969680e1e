import type { Name } from "../data/schema";

export type NameOrder = "given-first" | "family-first";
export type NamePreferences = { order: NameOrder; macrons: boolean };

/** English subtitles and press write "Akane Saijo": given name first, no macrons. */
export const DEFAULT_NAME_PREFERENCES: NamePreferences = { order: "given-first", macrons: false };

const MACRONS: Record<string, string> = {
  ā: "a",
  ī: "i",
  ū: "u",
  ē: "e",
  ō: "o",
  Ā: "A",
  Ī: "I",
  Ū: "U",
  Ē: "E",
  Ō: "O",
};

export function stripMacrons(text: string): string {
  return text.replace(/[āīūēōĀĪŪĒŌ]/g, (letter) => MACRONS[letter] ?? letter);
}

/** The one way a romaji name is shown anywhere in the wiki. */
export function formatName(name: Name, preferences: NamePreferences = DEFAULT_NAME_PREFERENCES): string {
  const parts =
    name.family === undefined
      ? [name.given]
      : preferences.order === "family-first" && !name.alwaysGivenFirst
        ? [name.family, name.given]
        : [name.given, name.family];
  const text = parts.join(" ");
  return preferences.macrons ? text : stripMacrons(text);
}
