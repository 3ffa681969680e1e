import { Link } from "react-router";
import { InfoList } from "../../components/info-list";
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
  return {
    episode,
    characters: characters.filter((c) => named.has(c.id)).map(linkTo),
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
  const { episode, characters, songs, reveals, sources } = loaderData;
  const byId = new Map(characters.map((c) => [c.id, c]));
  return (
    <article>
      <PageTitle>{episodeHeading(episode)}</PageTitle>
      <InfoList
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
          <ol className="list-decimal space-y-3 pl-6">
            {episode.beats.map((beat) => (
              <li key={beat.text}>
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
      <nav aria-label="Episodes" className="mt-8 flex justify-between gap-4">
        {episode.number > 1 ? (
          <Link to={paths.episode(episode.number - 1)} rel="prev">
            ← Episode {episode.number - 1}
          </Link>
        ) : (
          <span />
        )}
        {episode.number < EPISODE_COUNT ? (
          <Link to={paths.episode(episode.number + 1)} rel="next">
            Episode {episode.number + 1} →
          </Link>
        ) : null}
      </nav>
    </article>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
