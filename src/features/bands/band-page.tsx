import { Link } from "react-router";
import { FactList } from "../../components/fact-list";
import { LineUpDiagram } from "../../components/line-up-diagram";
import { PageTitle } from "../../components/page-title";
import { Section } from "../../components/section";
import { SourceList } from "../../components/source-list";
import { Spoiler } from "../../components/spoiler";
import { ensureCollections } from "../../data/queries";
import { bandMembers, citedSources, sourcesById } from "../../data/relations";
import type { StoryEvent } from "../../data/schema";
import { describeMembership } from "../../lib/membership-text";
import { metaWhenLoaded, pageMeta } from "../../lib/meta";
import { formatName } from "../../lib/names";
import { paths } from "../../lib/paths";
import { queryClient } from "../../lib/query-client";
import { bandData } from "../../lib/structured-data";
import { eventRevealedIn } from "../../lib/spoilers";
import { findOrNotFound, linkTo } from "../../lib/route-data";
import type { Route } from "./+types/band-page";
import { RouteErrorBoundary } from "../../components/route-error-boundary";

async function load(slug: string | undefined) {
  const { bands, characters, sources } = await ensureCollections(queryClient, ["bands", "characters", "sources"]);
  const band = findOrNotFound(bands, (b) => b.id === slug);
  return {
    band,
    members: bandMembers(band.id, characters).map(({ character, membership }) => ({
      character: linkTo(character),
      membership,
    })),
    sources: sourcesById(citedSources(band), sources),
  };
}

export const loader = ({ params }: Route.LoaderArgs) => load(params.slug);
export const clientLoader = ({ params }: Route.ClientLoaderArgs) => load(params.slug);

function headTags(loaderData: NonNullable<Route.MetaArgs["loaderData"]>) {
  const { band, members } = loaderData;
  return pageMeta({
    title: band.name,
    description: band.summary,
    path: paths.band(band.id),
    structuredData: bandData(
      band,
      members
        .filter(({ membership }) => membership.revealedIn === undefined)
        .map(({ character, membership }) => ({
          name: formatName(character.name),
          roleName: describeMembership(membership),
        })),
    ),
  });
}

export const meta = ({ loaderData, error }: Route.MetaArgs) => metaWhenLoaded(loaderData, error, "Band", headTags);

function EventList({ events, emptyText }: { events: readonly StoryEvent[]; emptyText: string }) {
  if (events.length === 0) return <p>{emptyText}</p>;
  return (
    <ul className="list-disc space-y-2 pl-6">
      {events.map((event) => (
        <li key={event.text}>
          <Spoiler revealedIn={eventRevealedIn(event)}>
            {event.date ? <time dateTime={event.date}>{event.date}</time> : null}
            {event.date ? ": " : null}
            {event.text}
            {event.venue ? ` (${event.venue})` : ""}
            {event.episode ? (
              <>
                {" "}
                <Link to={paths.episode(event.episode)}>Episode {event.episode}</Link>
              </>
            ) : null}
          </Spoiler>
        </li>
      ))}
    </ul>
  );
}

export default function BandPage({ loaderData }: Route.ComponentProps) {
  const { band, members, sources } = loaderData;
  return (
    <article>
      <PageTitle native={band.native} lead={band.summary}>
        {band.name}
      </PageTitle>
      {band.aliases?.length ? <p className="text-sm text-ink-muted">Also written: {band.aliases.join(", ")}</p> : null}
      <Section title="Line-up">
        <LineUpDiagram bandId={band.id} members={members} />
      </Section>
      <Section title="In the story">
        <FactList facts={band.history} emptyText="The sources say nothing about how the band forms." />
      </Section>
      <Section title="Performances">
        <EventList events={band.performances} emptyText="No performances are recorded in the sources." />
      </Section>
      <Section title="In real life">
        <EventList events={band.inRealLife} emptyText="No real-world activity is recorded in the sources." />
      </Section>
      <SourceList sources={sources} />
    </article>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
