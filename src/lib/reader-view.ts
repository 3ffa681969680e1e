/**
 * The wiki as one reader may see it: the data with everything they have not
 * watched yet taken out, by the one rule in `spoilers.ts`. Search and any
 * visual view (graphs, timelines) read the data through `filterForReader`;
 * pages, which show a marker in place of a hidden item, apply the same rule
 * through `<Spoiler>`.
 */
import type { Album, Band, Character, CollectionName, Dataset, Episode, Review, Song } from "../data/schema";
import { eventRevealedIn, inEpisode, isRevealed, reviewRevealedIn, type Watched } from "./spoilers";

const shown =
  (watched: Watched) =>
  <T extends { revealedIn?: number | undefined }>(items: readonly T[]): T[] =>
    items.filter((item) => isRevealed(item, watched));

function characterForReader(character: Character, watched: Watched): Character {
  const keep = shown(watched);
  return {
    ...character,
    profile: keep(character.profile),
    memberships: keep(character.memberships),
    relationships: keep(character.relationships),
  };
}

function bandForReader(band: Band, watched: Watched): Band {
  return {
    ...band,
    history: shown(watched)(band.history),
    performances: band.performances.filter((event) => isRevealed({ revealedIn: eventRevealedIn(event) }, watched)),
    inRealLife: shown(watched)(band.inRealLife),
  };
}

function episodeForReader(episode: Episode, watched: Watched): Episode {
  const visible = (item: { revealedIn?: number | undefined }) =>
    isRevealed({ revealedIn: inEpisode(episode.number, item.revealedIn) }, watched);
  return { ...episode, beats: episode.beats.filter(visible), songs: episode.songs.filter(visible) };
}

const songForReader = (song: Song, watched: Watched): Song => ({ ...song, notes: shown(watched)(song.notes) });

const albumForReader = (album: Album, watched: Watched): Album => ({
  ...album,
  notes: shown(watched)(album.notes),
});

/** A review whose verdict gives away more than the reader has watched keeps no verdict or quotes. */
export type ReaderReview = Omit<Review, "verdict"> & { verdict: string | undefined };

function reviewForReader(review: Review, watched: Watched): ReaderReview {
  const spoils = !isRevealed({ revealedIn: reviewRevealedIn(review) }, watched);
  return {
    ...review,
    verdict: spoils ? undefined : review.verdict,
    quotes: spoils ? [] : review.quotes,
    keyPoints: shown(watched)(review.keyPoints),
  };
}

export type ReaderDataset = Omit<Dataset, "reviews"> & { reviews: ReaderReview[] };

/**
 * Every collection passed in, filtered for a reader who has watched up to
 * `watched`. Entities themselves stay (names and premises are safe); what they
 * reveal later is removed. Pure: the same data and setting give the same result.
 */
export function filterForReader<K extends CollectionName>(
  data: Pick<Dataset, K>,
  watched: Watched,
): Pick<ReaderDataset, K> {
  const all: Partial<Dataset> = data;
  const result: Partial<ReaderDataset> = { ...all };
  if (all.characters) result.characters = all.characters.map((c) => characterForReader(c, watched));
  if (all.bands) result.bands = all.bands.map((b) => bandForReader(b, watched));
  if (all.episodes) result.episodes = all.episodes.map((e) => episodeForReader(e, watched));
  if (all.songs) result.songs = all.songs.map((s) => songForReader(s, watched));
  if (all.albums) result.albums = all.albums.map((a) => albumForReader(a, watched));
  if (all.reviews) result.reviews = all.reviews.map((r) => reviewForReader(r, watched));
  if (all.people) result.people = all.people.map((p) => ({ ...p, bio: shown(watched)(p.bio) }));
  return result as Pick<ReaderDataset, K>;
}
