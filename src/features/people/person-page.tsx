import { Link } from "react-router";
import { FactList } from "../../components/fact-list";
import { PageTitle } from "../../components/page-title";
import { Section } from "../../components/section";
import { SourceList } from "../../components/source-list";
import { PersonName } from "../../components/person-name";
import { ensureCollections } from "../../data/queries";
import { citedSources, creditsOf, rolesOf, sourcesById } from "../../data/relations";
import { metaWhenLoaded, pageMeta } from "../../lib/meta";
import { formatName } from "../../lib/names";
import { paths } from "../../lib/paths";
import { queryClient } from "../../lib/query-client";
import { findOrNotFound, linkTo } from "../../lib/route-data";
import type { Route } from "./+types/person-page";
import { ROLE_LABELS } from "../../lib/role-labels";
import { RouteErrorBoundary } from "../../components/route-error-boundary";

async function load(slug: string | undefined) {
  const { people, characters, songs, sources } = await ensureCollections(queryClient, [
    "people",
    "characters",
    "songs",
    "sources",
  ]);
  const person = findOrNotFound(people, (p) => p.id === slug);
  return {
    person,
    plays: rolesOf(person.id, characters).map(({ character, as }) => ({ as, character: linkTo(character) })),
    credits: creditsOf(person.id, songs).map(({ song, credit }) => ({
      song: { id: song.id, title: song.title },
      role: credit.role,
      note: credit.note,
    })),
    sources: sourcesById(citedSources(person), sources),
  };
}

export const loader = ({ params }: Route.LoaderArgs) => load(params.slug);
export const clientLoader = ({ params }: Route.ClientLoaderArgs) => load(params.slug);

function headTags(loaderData: NonNullable<Route.MetaArgs["loaderData"]>) {
  const { person } = loaderData;
  return pageMeta({
    title: formatName(person.name),
    description: person.summary,
    path: paths.person(person.id),
    type: "profile",
  });
}

export const meta = ({ loaderData, error }: Route.MetaArgs) => metaWhenLoaded(loaderData, error, "Person", headTags);

export default function PersonPage({ loaderData }: Route.ComponentProps) {
  const { person, plays, credits, sources } = loaderData;
  return (
    <article>
      <PageTitle native={person.name.native} lead={person.summary}>
        <PersonName name={person.name} />
      </PageTitle>
      <p>
        <span className="font-semibold">In the series: </span>
        {person.roles.map((r) => (r.note ? `${ROLE_LABELS[r.role]} (${r.note})` : ROLE_LABELS[r.role])).join("; ")}
      </p>
      {plays.length > 0 ? (
        <Section title="Characters">
          <ul className="list-disc pl-6">
            {plays.map(({ as, character }) => (
              <li key={`${as}-${character.id}`}>
                {as === "actor" ? "Plays" : "Singing voice of"}{" "}
                <Link to={paths.character(character.id)}>
                  <PersonName name={character.name} />
                </Link>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {credits.length > 0 ? (
        <Section title="Song credits">
          <ul className="list-disc pl-6">
            {credits.map((c) => (
              <li key={`${c.song.id}-${c.role}`}>
                <Link to={paths.song(c.song.id)}>{c.song.title}</Link> ({c.role}
                {c.note ? `, ${c.note}` : ""})
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      <Section title="About">
        <FactList facts={person.bio} emptyText="Nothing more is known from the sources." />
      </Section>
      <SourceList sources={sources} />
    </article>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
