import { Link } from "react-router";
import { FactList } from "../../components/fact-list";
import { InfoList } from "../../components/info-list";
import { Section } from "../../components/section";
import { SourceList } from "../../components/source-list";
import { PersonName } from "../../components/person-name";
import { ensureCollections } from "../../data/queries";
import { citedSources, episodesWithSong, sourcesById } from "../../data/relations";
import { metaWhenLoaded, pageMeta } from "../../lib/meta";
import { paths } from "../../lib/paths";
import { queryClient } from "../../lib/query-client";
import { findOrNotFound, linkTo } from "../../lib/route-data";
import { langOf } from "../../lib/script";
import type { Route } from "./+types/song-page";
import { RouteErrorBoundary } from "../../components/route-error-boundary";

async function load(slug: string | undefined) {
  const { songs, albums, bands, people, episodes, sources } = await ensureCollections(queryClient, [
    "songs",
    "albums",
    "bands",
    "people",
    "episodes",
    "sources",
  ]);
  const song = findOrNotFound(songs, (s) => s.id === slug);
  const album = albums.find((a) => a.id === song.album?.id);
  const artist = bands.find((b) => b.id === song.artist);
  return {
    song,
    album: album ? { id: album.id, title: album.title } : undefined,
    artist: artist ? { id: artist.id, name: artist.name } : undefined,
    credits: song.credits.map((credit) => {
      const person = people.find((p) => p.id === credit.person);
      return { ...credit, person: person ? linkTo(person) : undefined };
    }),
    episodes: episodesWithSong(song.id, episodes).map((e) => e.number),
    sources: sourcesById(citedSources(song), sources),
  };
}

export const loader = ({ params }: Route.LoaderArgs) => load(params.slug);
export const clientLoader = ({ params }: Route.ClientLoaderArgs) => load(params.slug);

function headTags(loaderData: NonNullable<Route.MetaArgs["loaderData"]>) {
  const { song, artist } = loaderData;
  const romanised = song.altTitles?.[0];
  const title = langOf(song.title) && romanised ? `${song.title} (${romanised})` : song.title;
  return pageMeta({
    title,
    description: `${title}${artist ? ` by ${artist.name}` : ""}: credits, chart results and where it is heard in Glass Heart.`,
    path: paths.song(song.id),
    type: "music.song",
  });
}

export const meta = ({ loaderData, error }: Route.MetaArgs) => metaWhenLoaded(loaderData, error, "Song", headTags);

export default function SongPage({ loaderData }: Route.ComponentProps) {
  const { song, album, artist, credits, episodes, sources } = loaderData;
  return (
    <article>
      <header className="mb-6">
        <h1 className="text-3xl font-bold" lang={langOf(song.title)}>
          {song.title}
        </h1>
        {song.altTitles?.length ? <p className="mt-1 text-lg text-ink-muted">{song.altTitles.join(" · ")}</p> : null}
      </header>
      <InfoList
        rows={[
          { label: "Artist", value: artist ? <Link to={paths.band(artist.id)}>{artist.name}</Link> : undefined },
          {
            label: "Album",
            value: album ? (
              <>
                <Link to={paths.songs()}>{album.title}</Link>
                {song.album?.track ? `, track ${song.album.track}` : ", position not known"}
              </>
            ) : (
              "not on the album"
            ),
          },
          { label: "Released", value: song.releaseDate },
        ]}
      />
      <Section title="Credits">
        {credits.length === 0 ? (
          <p>Not known.</p>
        ) : (
          <ul className="list-disc pl-6">
            {credits.map((c) => (
              <li key={`${c.role}-${c.person?.id ?? "unknown"}`}>
                {c.role}:{" "}
                {c.person ? (
                  <Link to={paths.person(c.person.id)}>
                    <PersonName name={c.person.name} />
                  </Link>
                ) : (
                  "not known"
                )}
                {c.note ? ` (${c.note})` : ""}
              </li>
            ))}
          </ul>
        )}
      </Section>
      {song.charts.length > 0 ? (
        <Section title="Charts">
          <ul className="list-disc pl-6">
            {song.charts.map((c) => (
              <li key={c.chart}>
                #{c.position} on {c.chart}
                {c.date ? ` (${c.date})` : ""}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      <Section title="In the series">
        {episodes.length > 0 ? (
          <p className="mb-2">
            Heard in{" "}
            {episodes.map((n, i) => (
              <span key={n}>
                {i > 0 ? ", " : ""}
                <Link to={paths.episode(n)}>episode {n}</Link>
              </span>
            ))}
            .
          </p>
        ) : (
          <p className="mb-2">The episodes it is heard in are not known.</p>
        )}
        <FactList facts={song.notes} />
      </Section>
      <SourceList sources={sources} />
    </article>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
