import { Link } from "react-router";
import { PageTitle } from "../../components/page-title";
import { ensureCollections } from "../../data/queries";
import { pageMeta } from "../../lib/meta";
import { paths } from "../../lib/paths";
import { queryClient } from "../../lib/query-client";
import type { Route } from "./+types/review-list-page";
import { reviewTitle, scoreText } from "../../lib/review-text";

async function load() {
  const { reviews } = await ensureCollections(queryClient, ["reviews"]);
  return {
    reviews: reviews.map(({ id, outlet, author, date, score, verdict, spoilsUpTo, language }) => ({
      id,
      outlet,
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
  pageMeta(
    "Reviews",
    "What critics and fans wrote about Glass Heart, summarised in our own words with each score as published.",
  );

export default function ReviewListPage({ loaderData }: Route.ComponentProps) {
  return (
    <>
      <PageTitle lead="Published reviews, summarised in our own words. Scores are given exactly as printed.">
        Reviews
      </PageTitle>
      <ul className="space-y-4">
        {loaderData.reviews.map((review) => (
          <li key={review.id} className="rounded border border-zinc-200 p-4">
            <h2 className="text-lg font-semibold">
              <Link to={paths.review(review.id)}>{reviewTitle(review)}</Link>
            </h2>
            <p className="text-sm text-zinc-700">
              {review.date ? <time dateTime={review.date}>{review.date}</time> : "date not known"} · score:{" "}
              {scoreText(review.score)}
              {review.spoilsUpTo ? ` · contains spoilers up to episode ${review.spoilsUpTo}` : ""}
            </p>
            {review.spoilsUpTo ? null : <p className="mt-2">{review.verdict}</p>}
          </li>
        ))}
      </ul>
    </>
  );
}
