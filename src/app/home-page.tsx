import { Link } from "react-router";
import { Section } from "../components/section";
import { ensureCollections } from "../data/queries";
import { SITE_NAME, pageMeta } from "../lib/meta";
import { paths } from "../lib/paths";
import { queryClient } from "../lib/query-client";
import { reviewTitle } from "../lib/review-text";
import type { Route } from "./+types/home-page";
import { RouteErrorBoundary } from "../components/route-error-boundary";

async function load() {
  const { bands, reviews, characters, episodes } = await ensureCollections(queryClient, [
    "bands",
    "reviews",
    "characters",
    "episodes",
  ]);
  const latestReviews = reviews
    .filter((r) => r.date !== undefined)
    .sort((a, b) => (b.date ?? "").localeCompare(a.date ?? ""))
    .slice(0, 3)
    .map((review) => ({ id: review.id, title: reviewTitle(review), date: review.date }));
  return {
    bands: bands.map(({ id, name, summary }) => ({ id, name, summary })),
    latestReviews,
    counts: { characters: characters.length, episodes: episodes.length, reviews: reviews.length },
  };
}

export const loader = () => load();
export const clientLoader = () => load();

export const meta = () =>
  pageMeta({
    title: SITE_NAME,
    description:
      "A spoiler-aware fan wiki for Glass Heart (グラスハート), the 2025 Netflix series about the band TENBLANK: characters, bands, episodes, songs and reviews.",
    path: paths.home(),
  });

export default function HomePage({ loaderData }: Route.ComponentProps) {
  const { bands, latestReviews, counts } = loaderData;
  return (
    <>
      <header className="mb-6">
        <h1 className="text-3xl font-bold">Glass Heart Wiki</h1>
        <p className="mt-3 text-lg">
          A fan wiki for <cite>Glass Heart</cite> (<span lang="ja">グラスハート</span>), the 2025 Netflix series about
          the band TENBLANK. Twists stay hidden until you choose to open them.
        </p>
      </header>
      <Section title="Start here">
        <p>
          New to the series? Meet the <Link to={paths.characters()}>{counts.characters} characters</Link>, see{" "}
          <Link to={paths.members()}>who plays what</Link>, or follow the story through the{" "}
          <Link to={paths.episodes()}>{counts.episodes} episodes</Link>.
        </p>
      </Section>
      <Section title="Bands">
        <ul className="grid gap-4 sm:grid-cols-2">
          {bands.map((band) => (
            <li key={band.id} className="rounded border border-line p-4">
              <h3 className="font-semibold">
                <Link to={paths.band(band.id)}>{band.name}</Link>
              </h3>
              <p className="mt-1">{band.summary}</p>
            </li>
          ))}
        </ul>
      </Section>
      <Section title="Latest reviews">
        <ul className="list-disc pl-6">
          {latestReviews.map((review) => (
            <li key={review.id}>
              <Link to={paths.review(review.id)}>{review.title}</Link> <time dateTime={review.date}>{review.date}</time>
            </li>
          ))}
        </ul>
        <p className="mt-2">
          <Link to={paths.reviews()}>All {counts.reviews} reviews</Link>
        </p>
      </Section>
    </>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
