import fc from "fast-check";
import { describe, expect, it } from "vitest";
import bands from "./data/bands.json";
import characters from "./data/characters.json";
import people from "./data/people.json";
import reviews from "./data/reviews.json";
import songs from "./data/songs.json";
import * as bandPage from "./features/bands/band-page";
import * as characterPage from "./features/characters/character-page";
import * as episodePage from "./features/episodes/episode-page";
import * as personPage from "./features/people/person-page";
import * as reviewPage from "./features/reviews/review-page";
import * as songPage from "./features/songs/song-page";

type Loader = (args: { params: Record<string, string> }) => Promise<unknown>;

/** A loader's 404 is React Router's `data(null, { status: 404 })`; anything else thrown is a crash. */
const isNotFound = (error: unknown) =>
  typeof error === "object" && error !== null && "init" in error && (error.init as ResponseInit | null)?.status === 404;

/** Random addresses, plus the real ones, prototype names and near-misses a reader might type. */
const slugs = (ids: readonly string[]) =>
  fc.oneof(
    fc.constantFrom(...ids),
    fc.constantFrom("__proto__", "constructor", "toString", "", " ", "..", "%2e%2e", "NAOKI-FUJITANI"),
    fc.constantFrom(...ids).map((id) => `${id}-`),
    fc.string({ unit: "grapheme", maxLength: 40 }),
    fc.string({ unit: "binary", maxLength: 20 }),
  );

const cases: [string, Loader, string, fc.Arbitrary<string>][] = [
  ["/characters/:slug", characterPage.clientLoader as Loader, "slug", slugs(characters.map((c) => c.id))],
  ["/people/:slug", personPage.clientLoader as Loader, "slug", slugs(people.map((p) => p.id))],
  ["/bands/:slug", bandPage.clientLoader as Loader, "slug", slugs(bands.map((b) => b.id))],
  ["/songs/:slug", songPage.clientLoader as Loader, "slug", slugs(songs.map((s) => s.id))],
  ["/reviews/:slug", reviewPage.clientLoader as Loader, "slug", slugs(reviews.map((r) => r.id))],
  [
    "/episodes/:number",
    episodePage.clientLoader as Loader,
    "number",
    fc.oneof(
      fc.integer({ min: -2, max: 12 }).map(String),
      fc.constantFrom("08", "8.0", "1e1", "0x8", "+8", " 8", "Infinity", "NaN"),
      fc.string({ maxLength: 12 }),
    ),
  ],
];

describe("URL parameters (property)", () => {
  it.each(cases)("%s gives a page or a 404 for any value, never a crash", async (_, loader, name, values) => {
    let pages = 0;
    let notFound = 0;
    await fc.assert(
      fc.asyncProperty(values, async (value) => {
        try {
          expect(await loader({ params: { [name]: value } })).toBeTypeOf("object");
          pages += 1;
        } catch (error) {
          expect(isNotFound(error), String(error)).toBe(true);
          notFound += 1;
        }
      }),
      { numRuns: 150 },
    );
    // Both outcomes were met, so the property saw real pages as well as unknown addresses.
    expect(pages).toBeGreaterThan(0);
    expect(notFound).toBeGreaterThan(0);
  });
});
