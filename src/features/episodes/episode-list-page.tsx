import { Link } from "react-router";
import { PageTitle } from "../../components/page-title";
import { ensureCollections } from "../../data/queries";
import { pageMeta } from "../../lib/meta";
import { paths } from "../../lib/paths";
import { queryClient } from "../../lib/query-client";
import type { Route } from "./+types/episode-list-page";
import { episodeHeading } from "../../lib/episode-title";
import { RouteErrorBoundary } from "../../components/route-error-boundary";

async function load() {
  const { episodes } = await ensureCollections(queryClient, ["episodes"]);
  return {
    episodes: episodes
      .map(({ number, title, releaseDate }) => ({ number, title, releaseDate }))
      .sort((a, b) => a.number - b.number),
  };
}

export const loader = () => load();
export const clientLoader = () => load();

export const meta = () =>
  pageMeta({
    title: "Episodes",
    description: "All ten episodes of Glass Heart, released on Netflix on 31 July 2025, with spoiler-aware synopses.",
    path: paths.episodes(),
  });

export default function EpisodeListPage({ loaderData }: Route.ComponentProps) {
  return (
    <>
      <PageTitle lead="All ten episodes were released together. Synopses hide twists until you open them.">
        Episodes
      </PageTitle>
      <ol className="space-y-2">
        {loaderData.episodes.map((episode) => (
          <li key={episode.number}>
            <Link to={paths.episode(episode.number)}>{episodeHeading(episode)}</Link>{" "}
            <span className="text-sm text-ink-muted">
              released <time dateTime={episode.releaseDate}>{episode.releaseDate}</time>
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
