// @vitest-environment node
import { describe, expect, it } from "vitest";
import { allPagePaths, paths } from "../src/lib/paths";
import { readDataset } from "./read-dataset";
import { validateDataset } from "../src/data/validate";
import { robotsTxt, sitemapXml } from "./sitemap";

const SITE = "https://wiki.example.org";

describe("sitemap", () => {
  it("lists every data entity exactly once, at its canonical URL", async () => {
    const { raw } = await readDataset();
    const result = validateDataset(raw);
    if (!result.ok) throw new Error(result.problems.join("\n"));
    const data = result.data;
    const xml = sitemapXml(allPagePaths(data), SITE);
    const locs = [...xml.matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => m[1]);
    const entityUrls = [
      ...data.characters.map((c) => paths.character(c.id)),
      ...data.people.map((p) => paths.person(p.id)),
      ...data.bands.map((b) => paths.band(b.id)),
      ...data.episodes.map((e) => paths.episode(e.number)),
      ...data.songs.map((s) => paths.song(s.id)),
      ...data.reviews.map((r) => paths.review(r.id)),
    ].map((path) => `${SITE}${path}`);
    for (const url of entityUrls)
      expect(
        locs.filter((loc) => loc === url),
        url,
      ).toHaveLength(1);
    expect(new Set(locs).size).toBe(locs.length);
    expect(locs).toContain(`${SITE}/`);
  });

  it("escapes XML and points robots.txt to the sitemap", () => {
    expect(sitemapXml(["/a&b"], SITE)).toContain("<loc>https://wiki.example.org/a&amp;b</loc>");
    expect(robotsTxt(SITE)).toContain("Sitemap: https://wiki.example.org/sitemap.xml");
  });
});
