import { Link, useSearchParams } from "react-router";
import { PageTitle } from "../../components/page-title";
import { PersonName } from "../../components/person-name";
import { Section } from "../../components/section";
import { Spoiler, useWatchedHere } from "../../components/spoiler";
import { ensureCollections } from "../../data/queries";
import type { Name } from "../../data/schema";
import { pageMeta } from "../../lib/meta";
import { paths } from "../../lib/paths";
import { queryClient } from "../../lib/query-client";
import { isRevealed, partitionBySpoiler } from "../../lib/spoilers";
import { useHydrated } from "../../lib/use-hydrated";
import type { Route } from "./+types/relationships-page";
import { graphEdges, inBand, type GraphCharacter, type GraphEdge, type Layout } from "./relationship-graph";
import layoutFile from "./relationship-layout.json";
import { EDGE_STYLES, LineSample, RelationshipMap } from "./relationship-map";
import { RouteErrorBoundary } from "../../components/route-error-boundary";

const layout: Layout = layoutFile;

async function load() {
  const { characters, bands } = await ensureCollections(queryClient, ["characters", "bands"]);
  return {
    // The map needs who is tied to whom and from when; the notes stay on the character pages.
    characters: characters.map(({ id, name, memberships, relationships }) => ({
      id,
      name,
      memberships,
      relationships: relationships.map(({ type, to, revealedIn }) => ({ type, to, revealedIn })),
    })),
    bands: bands.map(({ id, name }) => ({ id, name })),
  };
}

export const loader = () => load();
export const clientLoader = () => load();

export const meta = () =>
  pageMeta({
    title: "Relationships",
    description:
      "A map of the characters of Glass Heart and how they are tied: family, work, rivals, love and bandmates, as far as you have watched.",
    path: paths.relationships(),
  });

const capitalise = (text: string) => `${text[0]?.toUpperCase() ?? ""}${text.slice(1)}`;

/** One character's ties as sentences, each behind the marker until the reader reaches it. */
function TiesOf({
  character,
  edges,
  names,
}: {
  character: GraphCharacter;
  edges: readonly GraphEdge[];
  names: ReadonlyMap<string, Name>;
}) {
  const ties = edges.flatMap((edge) => {
    if (edge.from === character.id) return [{ edge, label: edge.label, other: edge.to }];
    if (edge.to === character.id) return [{ edge, label: edge.inverse, other: edge.from }];
    return [];
  });
  if (ties.length === 0) return <p className="text-ink-muted">No ties are recorded in the sources.</p>;
  return (
    <ul className="list-disc space-y-1 pl-6">
      {ties.map(({ edge, label, other }) => (
        <li key={edge.id}>
          <Spoiler revealedIn={edge.revealedIn}>
            {capitalise(label)}{" "}
            <Link to={paths.character(other)}>
              <PersonName name={names.get(other) ?? { given: other }} />
            </Link>
          </Spoiler>
        </li>
      ))}
    </ul>
  );
}

export default function RelationshipsPage({ loaderData }: Route.ComponentProps) {
  const { characters, bands } = loaderData;
  const watched = useWatchedHere();
  // The query string is unknown when the page is prerendered: the filter applies once the page runs.
  const hydrated = useHydrated();
  const [params] = useSearchParams();
  const requested = hydrated ? params.get("band") : null;
  const band = bands.find((b) => b.id === requested);

  const members = characters.filter((c) =>
    inBand(
      band?.id,
      c.memberships.filter((m) => isRevealed(m, watched)),
    ),
  );
  const names = new Map(characters.map((c) => [c.id, c.name]));
  const here = new Set(members.map((c) => c.id));
  const edges = graphEdges(characters, bands).filter((e) => here.has(e.from) && here.has(e.to));
  const { shown, hidden } = partitionBySpoiler(edges, watched);

  return (
    <>
      <PageTitle lead="Who is tied to whom, as far as you have watched. Select a character to open their page.">
        Relationships
      </PageTitle>
      <nav aria-label="Show the map for">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          <li>
            <Link
              to={paths.relationships()}
              aria-current={band ? undefined : "page"}
              className="aria-[current=page]:font-semibold"
            >
              Everyone
            </Link>
          </li>
          {bands.map((b) => (
            <li key={b.id}>
              <Link
                to={paths.relationships(b.id)}
                aria-current={band?.id === b.id ? "page" : undefined}
                className="aria-[current=page]:font-semibold"
              >
                {b.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="mt-2 text-sm text-ink-muted" role="status">
        {band ? `Showing the members of ${band.name}.` : "Showing every character."}
      </p>
      <figure className="mt-4">
        <RelationshipMap characters={members} edges={shown} layout={layout} />
        <figcaption className="mt-3">
          <p className="mb-1 text-sm font-semibold">Kinds of tie</p>
          <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
            {Object.entries(EDGE_STYLES).map(([kind, style]) => (
              <li key={kind} className="flex items-center gap-2">
                <LineSample kind={kind as keyof typeof EDGE_STYLES} />
                {style.label}
              </li>
            ))}
          </ul>
        </figcaption>
      </figure>
      {hidden.length > 0 ? (
        <p className="mt-3 text-sm text-ink-muted">
          {hidden.length === 1 ? "One tie is" : `${String(hidden.length)} ties are`} revealed in episodes after the one
          you have watched up to, and not drawn. The list below can show one anyway.
        </p>
      ) : null}
      <Section title="Every tie, as a list">
        <div className="space-y-4">
          {members.map((character) => (
            <section key={character.id} aria-labelledby={`ties-${character.id}`}>
              <h3 id={`ties-${character.id}`} className="text-lg font-semibold">
                <Link to={paths.character(character.id)}>
                  <PersonName name={character.name} />
                </Link>
              </h3>
              <TiesOf character={character} edges={edges} names={names} />
            </section>
          ))}
        </div>
      </Section>
    </>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
