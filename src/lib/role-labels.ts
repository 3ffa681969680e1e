import type { PersonRole } from "../data/schema";

export const ROLE_LABELS: Record<PersonRole, string> = {
  actor: "actor",
  "singing-voice": "singing voice",
  director: "director",
  cinematographer: "cinematographer",
  "head-writer": "head writer",
  writer: "writer",
  novelist: "author of the novels",
  "executive-producer": "executive producer",
  producer: "producer",
  composer: "composer",
  lyricist: "lyricist",
  arranger: "arranger",
  "mastering-engineer": "mastering engineer",
  musician: "musician",
  vocalist: "vocalist",
  "score-composer": "score composer",
};
