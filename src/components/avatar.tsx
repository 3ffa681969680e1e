import type { Membership, Name } from "../data/schema";
import { bandPalette } from "../lib/band-palette";
import { formatName, type NamePreferences } from "../lib/names";
import { useReaderSettings } from "../lib/reader-settings";
import { isRevealed, type Watched } from "../lib/spoilers";
import { useWatchedHere } from "./spoiler";

export type AvatarSize = "sm" | "lg";

// Fixed pixel sizes, written as attributes, so the box is known before any CSS or script runs.
const PIXELS: Record<AvatarSize, number> = { sm: 40, lg: 80 };

/** The first letter of a name part, as the reader would see it at the start of that part. */
const initial = (part: string) => Array.from(part)[0]?.toLocaleUpperCase("en") ?? "";

/**
 * The initials in the reader's order and spelling: the formatter is given a name
 * made of initials, so order, Western names and macrons follow its one rule.
 */
export function initialsOf(name: Name, preferences: NamePreferences): string {
  const initials: Name = {
    ...name,
    given: initial(name.given),
    family: name.family === undefined ? undefined : initial(name.family),
  };
  return formatName(initials, preferences).replace(/\s+/g, "");
}

/**
 * A character drawn as a monogram: their initials on a disc in the band's colour,
 * with light catching its glass rim and two shards below. The visible name always sits beside
 * it, so it is decorative and hidden from assistive technology.
 */
export function Avatar({ name, bandId, size }: { name: Name; bandId: string | undefined; size: AvatarSize }) {
  const initials = initialsOf(name, useReaderSettings().names);
  const pixels = PIXELS[size];
  return (
    <svg viewBox="0 0 64 64" width={pixels} height={pixels} aria-hidden="true" className="shrink-0 select-none">
      <circle cx="32" cy="32" r="32" className={bandPalette(bandId).fill} />
      {/* Glass: a light catching the rim, and two shards along the lower edge, clear of the letters. */}
      <path
        d="M6.6 22.8 A27 27 0 0 1 22.8 6.6"
        strokeWidth="2.5"
        strokeLinecap="round"
        className="fill-none stroke-surface opacity-50"
      />
      <path d="M38 58 L54 45 L49 56 Z" className="fill-surface opacity-35" />
      <path d="M30 60 L38 52 L37 60.5 Z" className="fill-surface opacity-25" />
      <text
        x="32"
        y="33"
        textAnchor="middle"
        dominantBaseline="central"
        fontSize={initials.length > 1 ? 24 : 28}
        fontWeight="700"
        className="fill-surface"
      >
        {initials}
      </text>
    </svg>
  );
}

type AvatarMembership = Pick<Membership, "band" | "revealedIn">;

/**
 * The band whose colours a character wears: their first membership the reader may
 * see, skipping bands without colours of their own (Akane's former band before
 * TENBLANK). A membership not yet revealed never colours the avatar.
 */
export function avatarBand(memberships: readonly AvatarMembership[], watched: Watched): string | undefined {
  const neutral = bandPalette(undefined);
  return memberships.find((m) => isRevealed(m, watched) && bandPalette(m.band) !== neutral)?.band;
}

/**
 * A character's avatar in the colours of their band as far as the reader has
 * watched. The prerendered HTML is drawn for a reader who has watched nothing;
 * a later band colour applies after hydration, in the same box, so nothing moves.
 */
export function CharacterAvatar({
  name,
  memberships,
  size,
}: {
  name: Name;
  memberships: readonly AvatarMembership[];
  size: AvatarSize;
}) {
  const watched = useWatchedHere();
  return <Avatar name={name} bandId={avatarBand(memberships, watched)} size={size} />;
}
