import type { Review } from "../data/schema";

export function reviewTitle(review: Pick<Review, "outlet" | "author" | "label">): string {
  if (review.label) return review.label;
  const outlet = review.outlet ?? "Unidentified outlet";
  return review.author && !outlet.includes(review.author) ? `${outlet} (${review.author})` : outlet;
}

export function scoreText(score: Review["score"]): string {
  if (score === null) return "no score";
  return score.outOf !== undefined && score.value !== undefined ? `${score.value} of ${score.outOf}` : score.given;
}
