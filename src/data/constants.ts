/**
 * Values the pages need at run time, kept apart from the zod schemas in
 * `schema.ts` so that importing them never pulls zod into the browser bundle.
 */
export const EPISODE_COUNT = 10;

/**
 * Typed relationships, stored once on the character they start from.
 * `label` reads "<character> is <label> <other>", `inverse` reads the other way.
 */
export const RELATIONSHIP_TYPES = {
  "half-brother": { label: "half-brother of", inverse: "half-brother of", kind: "family" },
  mother: { label: "mother of", inverse: "daughter of", kind: "family" },
  manager: { label: "manager of", inverse: "managed by", kind: "work" },
  producer: { label: "producer of", inverse: "produced by", kind: "work" },
  songwriter: { label: "writes songs for", inverse: "sings songs by", kind: "work" },
  "former-partner": { label: "former partner of", inverse: "former partner of", kind: "work" },
  recruiter: { label: "recruited", inverse: "recruited by", kind: "band" },
  carer: { label: "looks after", inverse: "looked after by", kind: "band" },
  rival: { label: "rival of", inverse: "rival of", kind: "rival" },
  "in-love-with": { label: "in love with", inverse: "loved by", kind: "romance" },
} as const satisfies Record<string, { label: string; inverse: string; kind: string }>;
