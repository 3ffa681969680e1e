import { ExternalLink } from "../../components/external-link";
import { FactList } from "../../components/fact-list";
import { InfoList } from "../../components/info-list";
import { PageTitle } from "../../components/page-title";
import { Section } from "../../components/section";
import { SourceList } from "../../components/source-list";
import { Spoiler } from "../../components/spoiler";
import { ensureCollections } from "../../data/queries";
import { citedSources, sourcesById } from "../../data/relations";
import { metaWhenLoaded, pageMeta } from "../../lib/meta";
import { paths } from "../../lib/paths";
import { queryClient } from "../../lib/query-client";
import { reviewData } from "../../lib/structured-data";
import { reviewRevealedIn } from "../../lib/spoilers";
import { findOrNotFound } from "../../lib/route-data";
import type { Route } from "./+types/review-page";
import { reviewTitle, scoreText } from "../../lib/review-text";
import { RouteErrorBoundary } from "../../components/route-error-boundary";

async function load(slug: string | undefined) {
  const { reviews, sources } = await ensureCollections(queryClient, ["reviews", "sources"]);
  const review = findOrNotFound(reviews, (r) => r.id === slug);
  return { review, sources: sourcesById(citedSources(review), sources) };
}

export const loader = ({ params }: Route.LoaderArgs) => load(params.slug);
export const clientLoader = ({ params }: Route.ClientLoaderArgs) => load(params.slug);

function headTags(loaderData: NonNullable<Route.MetaArgs["loaderData"]>) {
  const { review } = loaderData;
  const description = review.spoilsUpTo
    ? `A review of Glass Heart (score: ${scoreText(review.score)}). Its summary contains spoilers.`
    : `${review.verdict} Score: ${scoreText(review.score)}.`;
  return pageMeta({
    title: `Review: ${reviewTitle(review)}`,
    description,
    path: paths.review(review.id),
    type: "article",
    structuredData: reviewData(review, description),
  });
}

export const meta = ({ loaderData, error }: Route.MetaArgs) => metaWhenLoaded(loaderData, error, "Review", headTags);

export default function ReviewPage({ loaderData }: Route.ComponentProps) {
  const { review, sources } = loaderData;
  return (
    <article>
      <PageTitle>Review: {reviewTitle(review)}</PageTitle>
      <InfoList
        rows={[
          { label: "Outlet", value: review.outlet },
          { label: "Author", value: review.author },
          { label: "Date", value: review.date ? <time dateTime={review.date}>{review.date}</time> : undefined },
          { label: "Score", value: scoreText(review.score) },
          ...(review.score?.note ? [{ label: "About the score", value: review.score.note }] : []),
          {
            label: "Original",
            value: review.url ? (
              <ExternalLink href={review.url} lang={review.language}>
                Read the review
              </ExternalLink>
            ) : undefined,
          },
        ]}
      />
      <Section title="Verdict">
        <Spoiler revealedIn={reviewRevealedIn(review)}>
          <p>{review.verdict}</p>
        </Spoiler>
      </Section>
      <Section title="Key points">
        <FactList facts={review.keyPoints} emptyText="No key points recorded." />
      </Section>
      {review.quotes.length > 0 ? (
        <Section title="In the reviewer's words">
          <Spoiler revealedIn={reviewRevealedIn(review)}>
            <ul className="space-y-1">
              {review.quotes.map((quote) => (
                <li key={quote.text}>
                  <q lang={review.language}>{quote.text}</q> — {reviewTitle(review)}
                </li>
              ))}
            </ul>
          </Spoiler>
        </Section>
      ) : null}
      <SourceList sources={sources} />
    </article>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
