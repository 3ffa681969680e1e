import { Link } from "react-router";
import { LineUp } from "../../components/line-up";
import { Tabs } from "../../components/tabs";
import { PageTitle } from "../../components/page-title";
import { ensureCollections } from "../../data/queries";
import { bandMembers } from "../../data/relations";
import { pageMeta } from "../../lib/meta";
import { paths } from "../../lib/paths";
import { queryClient } from "../../lib/query-client";
import { linkTo } from "../../lib/route-data";
import type { Route } from "./+types/members-page";
import { RouteErrorBoundary } from "../../components/route-error-boundary";

async function load() {
  const { bands, characters } = await ensureCollections(queryClient, ["bands", "characters"]);
  return {
    bands: bands.map((band) => ({
      id: band.id,
      name: band.name,
      members: bandMembers(band.id, characters).map(({ character, membership }) => ({
        character: linkTo(character),
        membership,
      })),
    })),
  };
}

export const loader = () => load();
export const clientLoader = () => load();

export const meta = () =>
  pageMeta({
    title: "Band members",
    description:
      "Who plays what in Glass Heart: the members of TENBLANK, OVER CHROME and the other bands, with their instruments.",
    path: paths.members(),
  });

export default function MembersPage({ loaderData }: Route.ComponentProps) {
  return (
    <>
      <PageTitle lead="Every band of the story with its line-up.">Band members</PageTitle>
      <Tabs
        label="Bands"
        tabs={loaderData.bands.map((band) => ({
          key: band.id,
          label: band.name,
          href: paths.band(band.id),
          panel: (
            <>
              <LineUp members={band.members} />
              <p className="mt-4">
                <Link to={paths.band(band.id)}>More about {band.name}</Link>
              </p>
            </>
          ),
        }))}
      />
    </>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
