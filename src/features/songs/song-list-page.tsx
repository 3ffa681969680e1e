import { Link } from "react-router";
import { FactList } from "../../components/fact-list";
import { PageTitle } from "../../components/page-title";
import { Section } from "../../components/section";
import { Titled } from "../../components/titled";
import { ensureCollections } from "../../data/queries";
import { tracksOf } from "../../data/relations";
import { pageMeta } from "../../lib/meta";
import { paths } from "../../lib/paths";
import { queryClient } from "../../lib/query-client";
import type { Route } from "./+types/song-list-page";
import { RouteErrorBoundary } from "../../components/route-error-boundary";

async function load() {
  const { songs, albums, bands } = await ensureCollections(queryClient, ["songs", "albums", "bands"]);
  const link = ({ id, title, album }: (typeof songs)[number]) => ({ id, title, track: album?.track });
  return {
    albums: albums.map((album) => ({
      ...album,
      artistName: bands.find((b) => b.id === album.artist)?.name ?? album.artist,
      tracks: tracksOf(album.id, songs).map(link),
    })),
    otherSongs: songs.filter((s) => !s.album).map(link),
  };
}

export const loader = () => load();
export const clientLoader = () => load();

export const meta = () =>
  pageMeta({
    title: "Songs",
    description:
      "TENBLANK's album Glass Heart track by track, with writers, chart results and where each song is heard in the series.",
    path: paths.songs(),
  });

export default function SongListPage({ loaderData }: Route.ComponentProps) {
  return (
    <>
      <PageTitle lead="The music of the series: the album, its tracks and the other songs.">Songs</PageTitle>
      {loaderData.albums.map((album) => (
        <Section key={album.id} title={`${album.title} (album by ${album.artistName})`}>
          <p className="mb-2">
            {album.label ? `${album.label}. ` : ""}
            {album.releases.map((r) => `${r.format}: ${r.date}`).join("; ")}
            {album.trackCount ? `. ${album.trackCount} tracks.` : ""}
          </p>
          <ul className="list-disc space-y-1 pl-6">
            {album.tracks.map((track) => (
              <li key={track.id}>
                {track.track ? `${track.track}. ` : "Position not known: "}
                <Link to={paths.song(track.id)}>
                  <Titled text={track.title} />
                </Link>
              </li>
            ))}
          </ul>
          <div className="mt-3">
            <FactList facts={album.notes} />
          </div>
        </Section>
      ))}
      {loaderData.otherSongs.length > 0 ? (
        <Section title="Other songs">
          <ul className="list-disc space-y-1 pl-6">
            {loaderData.otherSongs.map((song) => (
              <li key={song.id}>
                <Link to={paths.song(song.id)}>
                  <Titled text={song.title} />
                </Link>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
