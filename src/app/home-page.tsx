import type { ReactNode } from "react";
import { Link } from "react-router";
import { Card, CardGrid, CardTitle } from "../components/card";
import { EpisodeName } from "../components/episode-name";
import { Section } from "../components/section";
import { Spoiler } from "../components/spoiler";
import { ensureCollections } from "../data/queries";
import { SITE_NAME, pageMeta } from "../lib/meta";
import { paths } from "../lib/paths";
import { queryClient } from "../lib/query-client";
import { reviewTitle } from "../lib/review-text";
import { reviewRevealedIn } from "../lib/spoilers";
import type { Route } from "./+types/home-page";
import { RouteErrorBoundary } from "../components/route-error-boundary";

async function load() {
  const { bands, reviews, characters, episodes } = await ensureCollections(queryClient, [
    "bands",
    "reviews",
    "characters",
    "episodes",
  ]);
  const first = episodes.find((e) => e.number === 1);
  const latestReviews = reviews
    .filter((r) => r.date !== undefined)
    .sort((a, b) => (b.date ?? "").localeCompare(a.date ?? ""))
    .slice(0, 3)
    .map((review) => ({
      id: review.id,
      title: reviewTitle(review),
      date: review.date,
      verdict: review.verdict,
      revealedIn: reviewRevealedIn(review),
    }));
  return {
    bands: bands.map(({ id, name, native, summary }) => ({ id, name, native, summary })),
    firstEpisode: first && { number: first.number, title: first.title },
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

/** One way in for a new viewer: a card whose heading is the link. */
function StartCard({ to, title, children }: { to: string; title: ReactNode; children: ReactNode }) {
  return (
    <Card>
      <CardTitle level={3}>
        <Link to={to}>{title}</Link>
      </CardTitle>
      <p className="mt-1 text-ink-muted">{children}</p>
    </Card>
  );
}

export default function HomePage({ loaderData }: Route.ComponentProps) {
  const { bands, latestReviews, counts, firstEpisode } = loaderData;
  return (
    <>
      <header className="relative mb-2 overflow-hidden rounded-card border border-line bg-surface-raised px-gutter py-8">
        <HeroShards />
        <p className="text-eyebrow font-semibold text-ink-muted uppercase">The unofficial fan wiki</p>
        <h1 className="mt-2 text-display font-bold">Glass Heart Wiki</h1>
        <p className="mt-3 max-w-prose text-lg">
          Everything about <cite>Glass Heart</cite> (<span lang="ja">グラスハート</span>), the 2025 Netflix series about
          the band TENBLANK: who plays what, every episode, every song. Twists stay hidden until you choose to open
          them.
        </p>
      </header>
      <Section title="Start here">
        <CardGrid wide>
          <StartCard to={paths.characters()} title={`${String(counts.characters)} characters`}>
            Meet everyone the story names, with who plays them.
          </StartCard>
          <StartCard to={paths.members()} title="Who plays what">
            The bands&apos; line-ups, part by part.
          </StartCard>
          <StartCard to={paths.episode(1)} title={firstEpisode ? <EpisodeName episode={firstEpisode} /> : "Episode 1"}>
            Begin the story; {counts.episodes} episodes in all, each page safe until you say you have watched it.
          </StartCard>
        </CardGrid>
      </Section>
      <Section title="Bands">
        <CardGrid>
          {bands.map((band) => (
            <Card key={band.id} band={band.id}>
              <CardTitle level={3}>
                <Link to={paths.band(band.id)}>{band.name}</Link>
              </CardTitle>
              {band.native && band.native !== band.name ? (
                <p lang="ja" className="text-sm text-ink-muted">
                  {band.native}
                </p>
              ) : null}
              <p className="mt-2">{band.summary}</p>
            </Card>
          ))}
        </CardGrid>
      </Section>
      <Section title="Latest reviews">
        <CardGrid wide>
          {latestReviews.map((review) => (
            <Card key={review.id}>
              <CardTitle level={3}>
                <Link to={paths.review(review.id)}>{review.title}</Link>
              </CardTitle>
              <p className="text-sm text-ink-muted">
                <time dateTime={review.date}>{review.date}</time>
              </p>
              <div className="mt-2">
                <Spoiler revealedIn={review.revealedIn}>
                  <p>{review.verdict}</p>
                </Spoiler>
              </div>
            </Card>
          ))}
        </CardGrid>
        <p className="mt-4">
          <Link to={paths.reviews()}>All {counts.reviews} reviews</Link>
        </p>
      </Section>
    </>
  );
}

/** Two glass shards in the bands' colours at the hero's corner; decoration only. */
function HeroShards() {
  return (
    <svg
      viewBox="0 0 120 120"
      width="120"
      height="120"
      aria-hidden="true"
      className="pointer-events-none absolute -top-4 -right-4 opacity-30 sm:opacity-60"
    >
      <path d="M20 10 L80 0 L60 70 Z" className="fill-band-tenblank" />
      <path d="M70 40 L120 30 L100 110 Z" className="fill-band-over-chrome" />
    </svg>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
