import { Link } from "react-router";
import { ChipList } from "../../components/chip-list";
import { EpisodeName } from "../../components/episode-name";
import { Infobox } from "../../components/info-list";
import { PageTitle } from "../../components/page-title";
import { Section } from "../../components/section";
import { SourceList } from "../../components/source-list";
import { Spoiler } from "../../components/spoiler";
import { Titled } from "../../components/titled";
import { PersonName } from "../../components/person-name";
import { ensureCollections } from "../../data/queries";
import { citedSources, revealsOf, sourcesById } from "../../data/relations";
import { EPISODE_COUNT } from "../../data/constants";
import { metaWhenLoaded, pageMeta } from "../../lib/meta";
import { paths } from "../../lib/paths";
import { queryClient } from "../../lib/query-client";
import { inEpisode } from "../../lib/spoilers";
import { episodeData } from "../../lib/structured-data";
import { findOrNotFound, linkTo, notFound, parseEpisodeNumber } from "../../lib/route-data";
import type { Route } from "./+types/episode-page";
import { episodeDescription, episodeHeading } from "../../lib/episode-title";
import { EpisodeGate, WatchedThisControl } from "./episode-gate";
import { RevealList } from "./reveal-list";
import { RouteErrorBoundary } from "../../components/route-error-boundary";

async function load(raw: string | undefined) {
  const number = parseEpisodeNumber(raw) ?? notFound();
  const { episodes, characters, bands, songs, sources } = await ensureCollections(queryClient, [
    "episodes",
    "characters",
    "bands",
    "songs",
    "sources",
  ]);
  const episode = findOrNotFound(episodes, (e) => e.number === number);
  const named = new Set(episode.beats.flatMap((beat) => beat.characters));
  const neighbour = (n: number) => {
    const found = episodes.find((e) => e.number === n);
    return found ? { number: found.number, title: found.title } : undefined;
  };
  return {
    episode,
    characters: characters.filter((c) => named.has(c.id)).map(linkTo),
    previous: neighbour(number - 1),
    next: neighbour(number + 1),
    songs: episode.songs.map((entry) => ({
      ...entry,
      title: songs.find((s) => s.id === entry.song)?.title ?? entry.song,
    })),
    reveals: revealsOf(number, { characters, bands, songs }),
    sources: sourcesById(citedSources(episode), sources),
  };
}

export const loader = ({ params }: Route.LoaderArgs) => load(params.number);
export const clientLoader = ({ params }: Route.ClientLoaderArgs) => load(params.number);

function headTags(loaderData: NonNullable<Route.MetaArgs["loaderData"]>) {
  const { episode } = loaderData;
  const description = episodeDescription(episode);
  const name = episodeHeading(episode);
  return pageMeta({
    title: name,
    description,
    path: paths.episode(episode.number),
    type: "video.episode",
    structuredData: episodeData({ number: episode.number, name, releaseDate: episode.releaseDate, description }),
  });
}

export const meta = ({ loaderData, error }: Route.MetaArgs) => metaWhenLoaded(loaderData, error, "Episode", headTags);

export default function EpisodePage({ loaderData }: Route.ComponentProps) {
  const { episode, characters, songs, reveals, sources, previous, next } = loaderData;
  const byId = new Map(characters.map((c) => [c.id, c]));
  return (
    <article className="flow-root">
      <PageTitle>
        <EpisodeName episode={episode} />
      </PageTitle>
      <Infobox
        title={`Episode ${String(episode.number)} of ${String(EPISODE_COUNT)}`}
        rows={[
          { label: "Japanese title", value: episode.title.ja ? <span lang="ja">{episode.title.ja}</span> : undefined },
          { label: "English title", value: episode.title.en },
          { label: "Released", value: <time dateTime={episode.releaseDate}>{episode.releaseDate}</time> },
        ]}
      />
      {episode.title.note ? <p className="mt-2 text-sm text-ink-muted">Title note: {episode.title.note}</p> : null}
      <WatchedThisControl episode={episode.number} />
      <EpisodeGate episode={episode.number}>
        <Section title="Synopsis">
          <ol className="space-y-4 border-l-2 border-line-strong pl-5">
            {episode.beats.map((beat) => (
              <li key={beat.text} className="beat">
                <Spoiler revealedIn={inEpisode(episode.number, beat.revealedIn)}>
                  <p>{beat.text}</p>
                  {beat.characters.length > 0 ? (
                    <p className="text-sm text-ink-muted">
                      With{" "}
                      {beat.characters.map((id, i) => {
                        const character = byId.get(id);
                        return (
                          <span key={id}>
                            {i > 0 ? ", " : ""}
                            {character ? (
                              <Link to={paths.character(id)}>
                                <PersonName name={character.name} />
                              </Link>
                            ) : (
                              id
                            )}
                          </span>
                        );
                      })}
                    </p>
                  ) : null}
                </Spoiler>
              </li>
            ))}
          </ol>
        </Section>
        {characters.length > 0 ? (
          <Section title="Characters">
            <ChipList
              chips={characters.map((c) => ({
                key: c.id,
                to: paths.character(c.id),
                label: <PersonName name={c.name} />,
              }))}
            />
          </Section>
        ) : null}
        <Section title="Songs">
          {songs.length === 0 ? (
            <p>No song is tied to this episode by the sources.</p>
          ) : (
            <ul className="list-disc pl-6">
              {songs.map((s) => (
                <li key={s.song}>
                  <Link to={paths.song(s.song)}>
                    <Titled text={s.title} />
                  </Link>
                  {s.note ? (
                    <Spoiler revealedIn={inEpisode(episode.number, s.revealedIn)}>
                      <p>{s.note}</p>
                    </Spoiler>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </Section>
        {episode.locations.length > 0 ? (
          <Section title="Locations">
            <ul className="list-disc pl-6">
              {episode.locations.map((place) => (
                <li key={place}>
                  <Titled text={place} />
                </li>
              ))}
            </ul>
          </Section>
        ) : null}
        {reveals.length > 0 ? (
          <Section title="Revealed in this episode">
            <Spoiler revealedIn={episode.number}>
              <RevealList reveals={reveals} />
            </Spoiler>
          </Section>
        ) : null}
      </EpisodeGate>
      <SourceList sources={sources} />
      <nav aria-label="Episodes" className="mt-10 grid gap-3 sm:grid-cols-2">
        {previous ? (
          <Link to={paths.episode(previous.number)} rel="prev" className="panel block p-4 no-underline">
            <span className="eyebrow block">Previous</span>{" "}
            <span className="mt-1 block font-semibold underline">
              <EpisodeName episode={previous} />
            </span>
          </Link>
        ) : (
          <span className="hidden sm:block" />
        )}
        {next ? (
          <Link to={paths.episode(next.number)} rel="next" className="panel block p-4 text-right no-underline">
            <span className="eyebrow block">Next</span>{" "}
            <span className="mt-1 block font-semibold underline">
              <EpisodeName episode={next} />
            </span>
          </Link>
        ) : null}
      </nav>
    </article>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
