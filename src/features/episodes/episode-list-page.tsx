import { Link } from "react-router";
import { DataTable } from "../../components/data-table";
import { EpisodeName } from "../../components/episode-name";
import { PageTitle } from "../../components/page-title";
import { ensureCollections } from "../../data/queries";
import { pageMeta } from "../../lib/meta";
import { paths } from "../../lib/paths";
import { queryClient } from "../../lib/query-client";
import type { Route } from "./+types/episode-list-page";
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
      <DataTable
        caption="The ten episodes"
        captionHidden
        rowKey={(episode) => String(episode.number)}
        rows={loaderData.episodes}
        columns={[
          {
            header: "Episode",
            cell: (episode) => (
              <Link to={paths.episode(episode.number)}>
                <EpisodeName episode={episode} />
              </Link>
            ),
          },
          {
            header: "Japanese title",
            cell: (episode) =>
              episode.title.ja ? (
                <span lang="ja">{episode.title.ja}</span>
              ) : (
                <span className="text-ink-muted">not known</span>
              ),
          },
          {
            header: "Released",
            className: "whitespace-nowrap",
            cell: (episode) => <time dateTime={episode.releaseDate}>{episode.releaseDate}</time>,
          },
        ]}
      />
    </>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
