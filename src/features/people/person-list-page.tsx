import { Link } from "react-router";
import { PageTitle } from "../../components/page-title";
import { PersonName } from "../../components/person-name";
import { ensureCollections } from "../../data/queries";
import type { PersonRole } from "../../data/schema";
import { pageMeta } from "../../lib/meta";
import { paths } from "../../lib/paths";
import { queryClient } from "../../lib/query-client";
import type { Route } from "./+types/person-list-page";
import { ROLE_LABELS } from "../../lib/role-labels";
import { RouteErrorBoundary } from "../../components/route-error-boundary";

async function load() {
  const { people } = await ensureCollections(queryClient, ["people"]);
  return { people: people.map(({ id, name, roles }) => ({ id, name, roles })) };
}

export const loader = () => load();
export const clientLoader = () => load();

export const meta = () =>
  pageMeta({
    title: "Cast & crew",
    description:
      "The actors, directors, writers and musicians behind Glass Heart, with the roles they hold in the series.",
    path: paths.people(),
  });

const GROUPS: { title: string; roles: PersonRole[] }[] = [
  { title: "Cast", roles: ["actor", "singing-voice"] },
  {
    title: "Crew",
    roles: ["director", "cinematographer", "head-writer", "writer", "novelist", "executive-producer", "producer"],
  },
  {
    title: "Music",
    roles: ["composer", "lyricist", "arranger", "mastering-engineer", "musician", "vocalist", "score-composer"],
  },
];

export default function PersonListPage({ loaderData }: Route.ComponentProps) {
  return (
    <>
      <PageTitle lead="The people who made the series, and the characters they play.">Cast &amp; crew</PageTitle>
      {GROUPS.map((group) => {
        const members = loaderData.people.filter((p) => p.roles.some((r) => group.roles.includes(r.role)));
        if (members.length === 0) return null;
        return (
          <section key={group.title} className="mt-6">
            <h2 className="mb-2 text-xl font-semibold">{group.title}</h2>
            <ul className="grid gap-2 sm:grid-cols-2">
              {members.map((person) => (
                <li key={person.id}>
                  <Link to={paths.person(person.id)}>
                    <PersonName name={person.name} />
                  </Link>{" "}
                  <span className="text-ink-muted">
                    (
                    {person.roles
                      .filter((r) => group.roles.includes(r.role))
                      .map((r) => ROLE_LABELS[r.role])
                      .join(", ")}
                    )
                  </span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
