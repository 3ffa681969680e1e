import { Link } from "react-router";
import { Badge } from "../../components/badge";
import { Card, CardGrid, CardTitle } from "../../components/card";
import { PageTitle } from "../../components/page-title";
import { Spoiler } from "../../components/spoiler";
import { ensureCollections } from "../../data/queries";
import { pageMeta } from "../../lib/meta";
import { paths } from "../../lib/paths";
import { queryClient } from "../../lib/query-client";
import { reviewRevealedIn } from "../../lib/spoilers";
import type { Route } from "./+types/review-list-page";
import { reviewTitle, scoreText } from "../../lib/review-text";
import { RouteErrorBoundary } from "../../components/route-error-boundary";

async function load() {
  const { reviews } = await ensureCollections(queryClient, ["reviews"]);
  return {
    reviews: reviews.map(({ id, outlet, label, author, date, score, verdict, spoilsUpTo, language }) => ({
      id,
      outlet,
      label,
      author,
      date,
      score,
      verdict,
      spoilsUpTo,
      language,
    })),
  };
}

export const loader = () => load();
export const clientLoader = () => load();

export const meta = () =>
  pageMeta({
    title: "Reviews",
    description:
      "What critics and fans wrote about Glass Heart, summarised in our own words with each score as published.",
    path: paths.reviews(),
  });

export default function ReviewListPage({ loaderData }: Route.ComponentProps) {
  return (
    <>
      <PageTitle lead="Published reviews, summarised in our own words. Scores are given exactly as printed.">
        Reviews
      </PageTitle>
      <CardGrid>
        {loaderData.reviews.map((review) => (
          <Card key={review.id}>
            <CardTitle>
              <Link to={paths.review(review.id)}>{reviewTitle(review)}</Link>
            </CardTitle>
            <p className="text-sm text-ink-muted">
              {review.date ? <time dateTime={review.date}>{review.date}</time> : "date not known"} · score:{" "}
              {scoreText(review.score)}
            </p>
            {review.spoilsUpTo ? (
              <p className="mt-2">
                <Badge>Spoilers up to episode {review.spoilsUpTo}</Badge>
              </p>
            ) : null}
            <div className="mt-2">
              <Spoiler revealedIn={reviewRevealedIn(review)}>
                <p>{review.verdict}</p>
              </Spoiler>
            </div>
          </Card>
        ))}
      </CardGrid>
    </>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
