import { describe, expect, it } from "vitest";
import { fixtureDataset } from "../test/fixture-dataset";
import { bandData, episodeData, reviewData } from "./structured-data";

describe("structured data", () => {
  it("describes an episode as a TVEpisode within the TVSeries", () => {
    const data = episodeData({ number: 8, name: "Episode 8", releaseDate: "2025-07-31", description: "Setup." });
    expect(data).toMatchObject({
      "@type": "TVEpisode",
      episodeNumber: 8,
      datePublished: "2025-07-31",
      partOfSeries: { "@type": "TVSeries", name: "Glass Heart" },
    });
  });

  it("claims a rating only where the review printed a number and its scale", () => {
    const [review] = fixtureDataset().reviews;
    if (!review) throw new Error("fixture has no review");
    expect(reviewData(review, "Summary.")).not.toHaveProperty("reviewRating");
    const scored = { ...review, score: { given: "7.5/10", value: 7.5, outOf: 10 } };
    expect(reviewData(scored, "Summary.")).toMatchObject({
      "@type": "Review",
      reviewRating: { "@type": "Rating", ratingValue: 7.5, bestRating: 10 },
      itemReviewed: { "@type": "TVSeries" },
    });
  });

  it("lists a band's members with their parts", () => {
    const [band] = fixtureDataset().bands;
    if (!band) throw new Error("fixture has no band");
    expect(bandData(band, [{ name: "Akane Saijo", roleName: "drums" }])).toMatchObject({
      "@type": "MusicGroup",
      name: "TENBLANK",
      member: [{ "@type": "OrganizationRole", roleName: "drums", member: { name: "Akane Saijo" } }],
    });
  });
});
