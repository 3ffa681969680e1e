import { Link } from "react-router";
import { CharacterAvatar } from "../../components/avatar";
import { ChipList } from "../../components/chip-list";
import { FactList } from "../../components/fact-list";
import { Infobox } from "../../components/info-list";
import { PageTitle } from "../../components/page-title";
import { Section } from "../../components/section";
import { SourceList } from "../../components/source-list";
import { Spoiler } from "../../components/spoiler";
import { PersonName } from "../../components/person-name";
import { ensureCollections } from "../../data/queries";
import { appearancesOf, citedSources, relationshipsOf, sourcesById } from "../../data/relations";
import { describeMembership } from "../../lib/membership-text";
import { metaWhenLoaded, pageMeta } from "../../lib/meta";
import { formatName } from "../../lib/names";
import { paths } from "../../lib/paths";
import { queryClient } from "../../lib/query-client";
import { useReaderSettings } from "../../lib/reader-settings";
import { inEpisode, partitionBySpoiler } from "../../lib/spoilers";
import { characterData } from "../../lib/structured-data";
import { findOrNotFound, linkTo } from "../../lib/route-data";
import type { Route } from "./+types/character-page";
import { RouteErrorBoundary } from "../../components/route-error-boundary";

/** The earliest of some spoiler tags; untagged (premise) wins over any episode. */
function earliest(tags: readonly (number | undefined)[]): number | undefined {
  return tags.includes(undefined) ? undefined : Math.min(...tags.filter((t) => t !== undefined));
}

async function load(slug: string | undefined) {
  const { characters, people, bands, episodes, sources } = await ensureCollections(queryClient, [
    "characters",
    "people",
    "bands",
    "episodes",
    "sources",
  ]);
  const character = findOrNotFound(characters, (c) => c.id === slug);
  const person = (id: string | undefined) => {
    const found = people.find((p) => p.id === id);
    return found ? linkTo(found) : undefined;
  };
  return {
    character,
    actor: person(character.actor),
    singingVoice: person(character.singingVoice),
    bands: character.memberships.map((m) => ({
      ...m,
      bandName: bands.find((b) => b.id === m.band)?.name ?? m.band,
    })),
    relationships: relationshipsOf(character, characters).map(({ other, ...rest }) => ({
      ...rest,
      other: linkTo(other),
    })),
    // The earliest beat that names the character dates their appearance in that episode.
    appearances: appearancesOf(character.id, episodes).map((e) => ({
      number: e.number,
      revealedIn: earliest(
        e.beats
          .filter((beat) => beat.characters.includes(character.id))
          .map((beat) => inEpisode(e.number, beat.revealedIn)),
      ),
    })),
    sources: sourcesById(citedSources(character), sources),
  };
}

export const loader = ({ params }: Route.LoaderArgs) => load(params.slug);
export const clientLoader = ({ params }: Route.ClientLoaderArgs) => load(params.slug);

function headTags(loaderData: NonNullable<Route.MetaArgs["loaderData"]>) {
  const { character } = loaderData;
  const name = formatName(character.name);
  return pageMeta({
    title: name,
    description: character.summary,
    path: paths.character(character.id),
    type: "profile",
    structuredData: characterData({
      id: character.id,
      name,
      description: character.summary,
      actor: loaderData.actor ? { id: loaderData.actor.id, name: formatName(loaderData.actor.name) } : undefined,
    }),
  });
}

export const meta = ({ loaderData, error }: Route.MetaArgs) => metaWhenLoaded(loaderData, error, "Character", headTags);

function EpisodeLinks({ numbers }: { numbers: readonly number[] }) {
  return (
    <ChipList chips={numbers.map((n) => ({ key: String(n), to: paths.episode(n), label: `Episode ${String(n)}` }))} />
  );
}

/** The episodes the character is in; those the reader has not watched stay behind one marker. */
function Appearances({ appearances }: { appearances: readonly { number: number; revealedIn?: number | undefined }[] }) {
  const { watchedUpTo } = useReaderSettings();
  if (appearances.length === 0) return <p>Not known.</p>;
  const { shown, hidden } = partitionBySpoiler(appearances, watchedUpTo);
  const [firstHidden] = hidden;
  return (
    <>
      {shown.length > 0 ? <EpisodeLinks numbers={shown.map((a) => a.number)} /> : null}
      {firstHidden ? (
        <div className="mt-2">
          <Spoiler revealedIn={firstHidden.revealedIn}>
            <EpisodeLinks numbers={hidden.map((a) => a.number)} />
          </Spoiler>
        </div>
      ) : null}
    </>
  );
}

export default function CharacterPage({ loaderData }: Route.ComponentProps) {
  const { character, actor, singingVoice, bands, relationships, appearances, sources } = loaderData;
  return (
    <article className="flow-root">
      <PageTitle lead={character.summary}>
        <PersonName name={character.name} />
      </PageTitle>
      <Infobox
        title="Character"
        media={<CharacterAvatar name={character.name} memberships={character.memberships} size="lg" />}
        rows={[
          { label: "Name", value: <PersonName name={character.name} /> },
          {
            label: "In Japanese",
            value: character.name.native ? <span lang="ja">{character.name.native}</span> : undefined,
          },
          { label: "Reading", value: character.name.kana ? <span lang="ja">{character.name.kana}</span> : undefined },
          {
            label: "Played by",
            value: actor ? (
              <Link to={paths.person(actor.id)}>
                <PersonName name={actor.name} />
              </Link>
            ) : undefined,
          },
          ...(singingVoice
            ? [
                {
                  label: "Singing voice",
                  value: (
                    <Link to={paths.person(singingVoice.id)}>
                      <PersonName name={singingVoice.name} />
                    </Link>
                  ),
                },
              ]
            : []),
          {
            label: "Band and part",
            value:
              bands.length > 0 ? (
                <ul className="space-y-1">
                  {bands.map((m) => (
                    <li key={m.band}>
                      <Spoiler revealedIn={m.revealedIn}>
                        <Link to={paths.band(m.band)}>{m.bandName}</Link>: {describeMembership(m)}
                      </Spoiler>
                    </li>
                  ))}
                </ul>
              ) : (
                "none"
              ),
          },
          {
            label: "First appears",
            value: character.firstAppearance ? (
              <Link to={paths.episode(character.firstAppearance)}>Episode {character.firstAppearance}</Link>
            ) : undefined,
          },
        ]}
      />
      {character.name.note ? <p className="mt-2 text-sm text-ink-muted">Name note: {character.name.note}</p> : null}
      <Section title="Profile">
        <FactList facts={character.profile} />
      </Section>
      <Section title="Relationships">
        {relationships.length === 0 ? (
          <p>No relationships are recorded in the sources.</p>
        ) : (
          <ul className="list-disc space-y-2 pl-6">
            {relationships.map((r) => (
              <li key={`${r.label}-${r.other.id}`}>
                <Spoiler revealedIn={r.revealedIn}>
                  {r.label[0]?.toUpperCase()}
                  {r.label.slice(1)}{" "}
                  <Link to={paths.character(r.other.id)}>
                    <PersonName name={r.other.name} />
                  </Link>
                  {r.note ? `: ${r.note}` : ""}
                </Spoiler>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title="Episodes">
        <Appearances appearances={appearances} />
      </Section>
      <SourceList sources={sources} />
    </article>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
