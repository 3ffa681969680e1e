import type { Review } from "../data/schema";

export function reviewTitle(review: Pick<Review, "outlet" | "author">): string {
  const outlet = review.outlet ?? "Unidentified outlet";
  return review.author ? `${outlet} (${review.author})` : outlet;
}

export function scoreText(score: Review["score"]): string {
  if (score === null) return "no score";
  return score.outOf !== undefined && score.value !== undefined ? `${score.value} of ${score.outOf}` : score.given;
}
