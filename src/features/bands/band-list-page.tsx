import { Link } from "react-router";
import { PageTitle } from "../../components/page-title";
import { ensureCollections } from "../../data/queries";
import { pageMeta } from "../../lib/meta";
import { paths } from "../../lib/paths";
import { queryClient } from "../../lib/query-client";
import type { Route } from "./+types/band-list-page";
import { RouteErrorBoundary } from "../../components/route-error-boundary";

async function load() {
  const { bands } = await ensureCollections(queryClient, ["bands"]);
  return { bands: bands.map(({ id, name, native, summary }) => ({ id, name, native, summary })) };
}

export const loader = () => load();
export const clientLoader = () => load();

export const meta = () =>
  pageMeta({
    title: "Bands",
    description:
      "TENBLANK, OVER CHROME, Z-OUT and the other acts of Glass Heart: who plays in them and what they do in the story.",
    path: paths.bands(),
  });

export default function BandListPage({ loaderData }: Route.ComponentProps) {
  return (
    <>
      <PageTitle lead="The bands and units of the story.">Bands</PageTitle>
      <p className="mb-4">
        Looking for who plays what? See the <Link to={paths.members()}>band members</Link>.
      </p>
      <ul className="grid gap-4 sm:grid-cols-2">
        {loaderData.bands.map((band) => (
          <li key={band.id} className="rounded border border-line p-4">
            <h2 className="text-lg font-semibold">
              <Link to={paths.band(band.id)}>{band.name}</Link>
            </h2>
            {band.native ? (
              <p lang="ja" className="text-ink-muted">
                {band.native}
              </p>
            ) : null}
            <p className="mt-2">{band.summary}</p>
          </li>
        ))}
      </ul>
    </>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
