import type { ReactNode } from "react";
import { Link } from "react-router";
import { EpisodeName } from "../../components/episode-name";
import { PageTitle } from "../../components/page-title";
import { Spoiler, useWatchedHere } from "../../components/spoiler";
import { ensureCollections } from "../../data/queries";
import { pageMeta } from "../../lib/meta";
import { paths } from "../../lib/paths";
import { queryClient } from "../../lib/query-client";
import { inEpisode, partitionBySpoiler } from "../../lib/spoilers";
import type { Route } from "./+types/timeline-page";
import { RouteErrorBoundary } from "../../components/route-error-boundary";

async function load() {
  const { episodes, songs } = await ensureCollections(queryClient, ["episodes", "songs"]);
  const titleOf = new Map(songs.map((song) => [song.id, song.title]));
  return {
    episodes: [...episodes]
      .sort((a, b) => a.number - b.number)
      .map(({ number, title, releaseDate, beats, songs: placements }) => ({
        number,
        title,
        releaseDate,
        // What happens in an episode counts as revealed in it (decision 007).
        beats: beats.map((beat) => ({ text: beat.text, revealedIn: inEpisode(number, beat.revealedIn) })),
        songs: placements.map((placement) => ({
          id: placement.song,
          title: titleOf.get(placement.song) ?? placement.song,
          note: placement.note,
          revealedIn: inEpisode(number, placement.revealedIn),
        })),
      })),
  };
}

export const loader = () => load();
export const clientLoader = () => load();

export const meta = () =>
  pageMeta({
    title: "Timeline",
    description:
      "The story of Glass Heart episode by episode, from 1 to 10: what happens and which songs are performed, as far as you have watched.",
    path: paths.timeline(),
  });

type TimelineEpisode = Route.ComponentProps["loaderData"]["episodes"][number];
type Event = { key: string; revealedIn: number | undefined; content: ReactNode };

function EventList({ events }: { events: readonly Event[] }) {
  return (
    <ul className="list-disc space-y-1 pl-5">
      {events.map((event) => (
        <li key={event.key}>{event.content}</li>
      ))}
    </ul>
  );
}

/** An episode's events; those the reader has not reached wait behind one marker. */
function EpisodeEvents({ episode }: { episode: TimelineEpisode }) {
  const watched = useWatchedHere();
  const events: Event[] = [
    ...episode.beats.map((beat, i) => ({
      key: `beat-${String(i)}`,
      revealedIn: beat.revealedIn,
      // Every line of the list is a link, so the underline waits for hover and focus.
      content: (
        <Link to={paths.episode(episode.number)} className="no-underline hover:underline focus-visible:underline">
          {beat.text}
        </Link>
      ),
    })),
    ...episode.songs.map((song) => ({
      key: `song-${song.id}`,
      revealedIn: song.revealedIn,
      content: (
        <>
          Song: <Link to={paths.song(song.id)}>{song.title}</Link>
          {song.note ? <span className="text-ink-muted">. {song.note}</span> : null}
        </>
      ),
    })),
  ];
  const { shown, hidden } = partitionBySpoiler(events, watched);
  // Hidden events all carry a tag (untagged ones are always shown); the marker names the earliest.
  const firstHidden = Math.min(...hidden.flatMap((event) => event.revealedIn ?? []));
  return (
    <>
      {shown.length > 0 ? <EventList events={shown} /> : null}
      {hidden.length > 0 ? (
        <div className="mt-1">
          <Spoiler revealedIn={firstHidden}>
            <EventList events={hidden} />
          </Spoiler>
        </div>
      ) : null}
    </>
  );
}

export default function TimelinePage({ loaderData }: Route.ComponentProps) {
  return (
    <>
      <PageTitle lead="What happens in each episode and the songs performed in it. Episodes you have not watched keep their events behind a marker.">
        Timeline
      </PageTitle>
      <ol className="ml-2 border-l-2 border-line">
        {loaderData.episodes.map((episode) => (
          <li key={episode.number} className="relative pb-8 pl-6 last:pb-0">
            <span
              aria-hidden="true"
              className="absolute top-2 -left-[9px] size-4 rounded-full border-2 border-surface bg-accent"
            />
            <h2 className="text-xl font-semibold">
              <Link to={paths.episode(episode.number)}>
                <EpisodeName episode={episode} />
              </Link>
            </h2>
            <p className="mb-2 text-sm text-ink-muted">
              Released <time dateTime={episode.releaseDate}>{episode.releaseDate}</time>
            </p>
            <EpisodeEvents episode={episode} />
          </li>
        ))}
      </ol>
    </>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
