import { matchRoutes, type RouteObject } from "react-router";
import { describe, expect, it } from "vitest";
import routes from "./routes";
import { fixtureDataset } from "./test/fixture-dataset";
import { allPagePaths, paths } from "./lib/paths";

const routeObjects: RouteObject[] = routes.map((entry) =>
  entry.index ? { index: true, id: entry.file } : { path: entry.path ?? "", id: entry.file },
);

function routeFileFor(pathname: string): string | undefined {
  return matchRoutes(routeObjects, pathname)?.at(-1)?.route.id;
}

describe("paths", () => {
  it("builds every page path to a real route, never the 404 route", () => {
    const pages = allPagePaths(fixtureDataset());
    for (const page of pages) {
      expect(routeFileFor(page), page).toBeDefined();
      expect(routeFileFor(page), page).not.toBe("app/not-found-page.tsx");
    }
  });

  it("lists each page once, with one page per entity", () => {
    const data = fixtureDataset();
    const pages = allPagePaths(data);
    expect(new Set(pages).size).toBe(pages.length);
    expect(pages).toContain(paths.episode(10));
    expect(pages).toContain(paths.character("toya-shinzaki"));
    expect(pages).toContain(paths.relationships());
    expect(pages).toContain(paths.timeline());
    const entityCount =
      data.characters.length +
      data.people.length +
      data.bands.length +
      data.episodes.length +
      data.songs.length +
      data.reviews.length;
    const fixedPages = 13;
    expect(pages).toHaveLength(entityCount + fixedPages);
  });

  it("sends unknown addresses to the 404 route", () => {
    expect(routeFileFor("/no-such-page")).toBe("app/not-found-page.tsx");
    expect(routeFileFor("/characters/x/y")).toBe("app/not-found-page.tsx");
  });

  it("filters the relationship map by band in the query, on the map's own route", () => {
    expect(paths.relationships("over-chrome")).toBe("/relationships?band=over-chrome");
    expect(routeFileFor(new URL(paths.relationships("over-chrome"), "http://x").pathname)).toBe(
      "features/relationships/relationships-page.tsx",
    );
    expect(routeFileFor(paths.timeline())).toBe("features/timeline/timeline-page.tsx");
  });

  it("encodes a search query", () => {
    expect(paths.search("Satō & co")).toBe("/search?q=Sat%C5%8D+%26+co");
  });
});
