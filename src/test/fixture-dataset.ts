import type { Dataset, Episode } from "../data/schema";

const src = ["example-news"];

function episode(number: number): Episode {
  return {
    number,
    title: number === 10 ? { en: "Glass Heart" } : {},
    releaseDate: "2025-07-31",
    beats: [{ text: `Setup beat of episode ${number}.`, characters: ["akane-saijo"], sources: src }],
    songs: [],
    locations: [],
    sources: src,
  };
}

/** A small, valid dataset for unit tests, independent of the real content files. */
export function fixtureDataset(): Dataset {
  return {
    characters: [
      {
        id: "naoki-fujitani",
        name: { given: "Naoki", family: "Fujitani", native: "藤谷直季", kana: "ふじたに なおき" },
        summary: "Leader of TENBLANK.",
        actor: "takeru-satoh",
        memberships: [{ band: "tenblank", role: "leader", instruments: ["vocals", "bass"], sources: src }],
        firstAppearance: 1,
        profile: [
          { text: "Writes the band's songs.", sources: src },
          { text: "Hides an illness from the band.", revealedIn: 6, sources: src },
        ],
        relationships: [{ type: "recruiter", to: "akane-saijo", sources: src }],
        sources: src,
      },
      {
        id: "akane-saijo",
        name: { given: "Akane", family: "Saijō", native: "西条朱音" },
        summary: "A drummer looking for a band.",
        actor: "yu-miyazaki",
        memberships: [{ band: "tenblank", role: "member", instruments: ["drums"], sources: src }],
        profile: [{ text: "Studies at university.", sources: src }],
        relationships: [{ type: "in-love-with", to: "naoki-fujitani", revealedIn: 4, sources: src }],
        sources: src,
      },
      {
        id: "toya-shinzaki",
        name: { given: "Tōya", family: "Shinzaki", native: "真崎桐哉" },
        summary: "Singer of OVER CHROME.",
        memberships: [{ band: "over-chrome", role: "member", instruments: ["vocals"], sources: src }],
        profile: [{ text: "Provokes TENBLANK.", sources: src }],
        relationships: [{ type: "half-brother", to: "naoki-fujitani", revealedIn: 5, sources: src }],
        sources: src,
      },
    ],
    people: [
      {
        id: "takeru-satoh",
        name: { given: "Takeru", family: "Satoh", native: "佐藤健" },
        summary: "Plays Naoki Fujitani.",
        roles: [{ role: "actor" }, { role: "executive-producer" }],
        bio: [],
        sources: src,
      },
      {
        id: "yu-miyazaki",
        name: { given: "Yū", family: "Miyazaki", native: "宮﨑優" },
        summary: "Plays Akane Saijo.",
        roles: [{ role: "actor" }],
        bio: [],
        sources: src,
      },
    ],
    bands: [
      {
        id: "tenblank",
        name: "TENBLANK",
        native: "テンブランク",
        kind: "band",
        summary: "A four-piece rock band.",
        history: [{ text: "Formed by Fujitani.", sources: src }],
        performances: [{ text: "First live.", episode: 1, venue: "Hibiya", sources: src }],
        inRealLife: [{ text: "Album released.", date: "2025-07-31", sources: src }],
        sources: src,
      },
      {
        id: "over-chrome",
        name: "OVER CHROME",
        kind: "unit",
        summary: "A two-person unit.",
        history: [],
        performances: [],
        inRealLife: [],
        sources: src,
      },
    ],
    episodes: Array.from({ length: 10 }, (_, i) => episode(i + 1)),
    songs: [
      {
        id: "matrix",
        title: "MATRIX",
        artist: "tenblank",
        album: { id: "glass-heart-album", track: 1 },
        credits: [],
        charts: [],
        notes: [],
        sources: src,
      },
    ],
    albums: [
      {
        id: "glass-heart-album",
        title: "Glass Heart",
        artist: "tenblank",
        releases: [{ format: "digital", date: "2025-07-31", sources: src }],
        notes: [],
        sources: src,
      },
    ],
    reviews: [
      {
        id: "example-review",
        outlet: "Example Outlet",
        language: "en",
        score: { given: "3.5", note: "no scale printed" },
        verdict: "Good music, thin story.",
        keyPoints: [{ text: "Praises the concerts.", sources: src }],
        quotes: [{ text: "very loud" }],
        sources: src,
      },
    ],
    sources: [
      {
        id: "example-news",
        url: "https://news.example.org/glass-heart",
        title: "Example article",
        publisher: "Example News",
        language: "en",
        kind: "news",
      },
    ],
  };
}
