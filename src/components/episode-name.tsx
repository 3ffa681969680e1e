import type { Episode } from "../data/schema";
import { episodeTitle } from "../lib/episode-title";
import { Titled } from "./titled";

/** An episode's heading as `episodeHeading` writes it ("Episode 2: 旋律と結晶"), with the title in its own language. */
export function EpisodeName({ episode }: { episode: Pick<Episode, "number" | "title"> }) {
  const title = episodeTitle(episode);
  return (
    <>
      {/* One text node, as in the page title and the raw HTML readers and tests match against. */}
      {`Episode ${String(episode.number)}`}
      {title ? (
        <>
          : <Titled text={title} />
        </>
      ) : null}
    </>
  );
}
