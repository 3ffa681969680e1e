/**
 * schema.org descriptions of the wiki's subjects, embedded in each page as
 * JSON-LD so search engines and link previews understand what the page is about.
 */
import type { MusicGroup, Review as ReviewData, TVEpisode, TVSeries } from "schema-dts";
import type { Band, Review } from "../data/schema";
import { paths } from "./paths";
import { absoluteUrl } from "./site";

export const SERIES: TVSeries = {
  "@type": "TVSeries",
  name: "Glass Heart",
  alternateName: "グラスハート",
  inLanguage: "ja",
  numberOfEpisodes: 10,
  datePublished: "2025-07-31",
  url: absoluteUrl(paths.home()),
};

export function episodeData(episode: {
  number: number;
  name: string;
  releaseDate: string;
  description: string;
}): TVEpisode {
  return {
    "@type": "TVEpisode",
    name: episode.name,
    episodeNumber: episode.number,
    datePublished: episode.releaseDate,
    description: episode.description,
    url: absoluteUrl(paths.episode(episode.number)),
    partOfSeries: SERIES,
  };
}

/**
 * A fictional character is described as the series' `character`, and the actor
 * through a PerformanceRole whose `characterName` names the part.
 */
export function characterData(character: {
  id: string;
  name: string;
  description: string;
  actor?: { id: string; name: string } | undefined;
}): TVSeries {
  const url = absoluteUrl(paths.character(character.id));
  return {
    ...SERIES,
    character: { "@type": "Person", name: character.name, description: character.description, url },
    ...(character.actor
      ? {
          actor: {
            "@type": "PerformanceRole",
            characterName: character.name,
            actor: {
              "@type": "Person",
              name: character.actor.name,
              url: absoluteUrl(paths.person(character.actor.id)),
            },
          },
        }
      : {}),
  };
}

export function bandData(
  band: Pick<Band, "id" | "name" | "native" | "summary">,
  members: { name: string; roleName: string }[],
): MusicGroup {
  return {
    "@type": "MusicGroup",
    name: band.name,
    ...(band.native ? { alternateName: band.native } : {}),
    description: band.summary,
    url: absoluteUrl(paths.band(band.id)),
    member: members.map((m) => ({
      "@type": "OrganizationRole",
      roleName: m.roleName,
      member: { "@type": "Person", name: m.name },
    })),
  };
}

/** A rating is only claimed where the review printed a number and its scale. */
export function reviewData(review: Review, description: string): ReviewData {
  const { score } = review;
  return {
    "@type": "Review",
    name: `Review of Glass Heart${review.outlet ? ` by ${review.outlet}` : ""}`,
    description,
    inLanguage: review.language,
    ...(review.url ? { url: review.url } : {}),
    ...(review.date ? { datePublished: review.date } : {}),
    ...(review.author ? { author: { "@type": "Person", name: review.author } } : {}),
    ...(review.outlet ? { publisher: { "@type": "Organization", name: review.outlet } } : {}),
    itemReviewed: SERIES,
    ...(score?.value !== undefined && score.outOf !== undefined
      ? { reviewRating: { "@type": "Rating", ratingValue: score.value, bestRating: score.outOf, worstRating: 0 } }
      : {}),
  };
}
