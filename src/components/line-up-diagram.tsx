import { useId, type ReactNode } from "react";
import { Link } from "react-router";
import type { Instrument, Membership } from "../data/schema";
import { bandPalette } from "../lib/band-palette";
import { describeMembership } from "../lib/membership-text";
import { paths } from "../lib/paths";
import { isRevealed } from "../lib/spoilers";
import { Avatar } from "./avatar";
import type { LineUpMember } from "./line-up";
import { PersonName } from "./person-name";
import { Spoiler, useWatchedHere } from "./spoiler";

type Place = "back" | "front" | "off";

/**
 * Where each instrument stands on a stage plot, and its order from left to right
 * as the audience sees it: drums and keyboards at the back, the singer in front
 * between guitar and bass. A record, so a new instrument in the schema must get a place.
 */
const STAGE: Record<Instrument, { line: "back" | "front"; order: number }> = {
  keyboards: { line: "back", order: 0 },
  piano: { line: "back", order: 1 },
  drums: { line: "back", order: 2 },
  guitar: { line: "front", order: 0 },
  vocals: { line: "front", order: 1 },
  chorus: { line: "front", order: 2 },
  bass: { line: "front", order: 3 },
};

/** Where a member stands, by the first instrument the sources name for them; front when none is named. */
function placeOf(membership: Membership): Place {
  if (membership.role === "manager" || membership.role === "management") return "off";
  const lead = membership.instruments[0];
  return lead === undefined ? "front" : STAGE[lead].line;
}

/** A member whose part is not known stands after those whose part is. */
function stageOrder({ membership }: LineUpMember): number {
  const lead = membership.instruments[0];
  return lead === undefined ? Object.keys(STAGE).length : STAGE[lead].order;
}

function Station({ member: { character, membership } }: { member: LineUpMember }) {
  return (
    <span className="flex items-center gap-2">
      <Avatar name={character.name} bandId={membership.band} size="sm" />
      <span className="min-w-0">
        <Link to={paths.character(character.id)} className="font-semibold">
          <PersonName name={character.name} />
        </Link>
        <span className="sr-only">: </span>
        <span className="block text-sm text-ink-muted">{describeMembership(membership)}</span>
      </span>
    </span>
  );
}

/** A named part of the plot: a heading to jump to, and a group a screen reader names on entering it. */
function Area({ label, children }: { label: string; children: ReactNode }) {
  const id = useId();
  return (
    <div role="group" aria-labelledby={id}>
      <h3 id={id} className="mb-2 text-center text-xs font-semibold tracking-wider text-ink-muted uppercase">
        {label}
      </h3>
      {children}
    </div>
  );
}

function Stations({ members, label }: { members: readonly LineUpMember[]; label: string }) {
  if (members.length === 0) return null;
  return (
    <Area label={label}>
      <ul className="flex flex-wrap justify-center gap-2">
        {members.map((member) => (
          <li
            key={`${member.character.id}-${member.membership.role}`}
            className="max-w-full rounded-md border border-line bg-surface px-3 py-2"
          >
            <Station member={member} />
          </li>
        ))}
      </ul>
    </Area>
  );
}

/** The lighting rig over the stage, in the band's colour: drawing only. */
function StageLights({ bandId }: { bandId: string }) {
  const palette = bandPalette(bandId);
  return (
    <div aria-hidden="true" className={`flex justify-around border-t-4 px-4 ${palette.border}`}>
      {[0, 1, 2, 3, 4].map((lamp) => (
        <svg key={lamp} viewBox="0 0 16 12" width="16" height="12">
          <path d="M4 0 H12 L14 8 H2 Z" className={palette.fill} />
          <path d="M3 9 H13 L12 11 H4 Z" className={`${palette.fill} opacity-40`} />
        </svg>
      ))}
    </div>
  );
}

/**
 * Who plays what, drawn as a stage plot: the back line (drums, keyboards), the
 * front line (vocals, guitar, bass) facing the audience, and the people who work
 * off stage. Each place is a list item with the member's name and part as text,
 * so a screen reader hears the same line-up the eye sees. A membership the reader
 * has not reached is kept off the stage, where its place would give it away, and
 * waits behind the standard marker instead.
 */
export function LineUpDiagram({ bandId, members }: { bandId: string; members: readonly LineUpMember[] }) {
  const watched = useWatchedHere();
  if (members.length === 0) return <p>No members are named in the sources.</p>;
  const revealed = members.filter(({ membership }) => isRevealed(membership, watched));
  const later = members.filter(({ membership }) => !isRevealed(membership, watched));
  const at = (place: Place) =>
    revealed.filter(({ membership }) => placeOf(membership) === place).sort((a, b) => stageOrder(a) - stageOrder(b));
  const onStage = [...at("back"), ...at("front")];
  return (
    <div className="space-y-4">
      {onStage.length > 0 ? (
        <div className="overflow-hidden rounded-lg border border-line bg-surface-raised">
          <StageLights bandId={bandId} />
          <div className="space-y-4 p-3 sm:p-4">
            <Stations members={at("back")} label="Back of the stage" />
            <Stations members={at("front")} label="Front of the stage" />
          </div>
          <p
            aria-hidden="true"
            className="border-t border-dashed border-line py-1 text-center text-xs tracking-widest text-ink-muted uppercase"
          >
            Audience
          </p>
        </div>
      ) : null}
      <Stations members={at("off")} label="Off stage" />
      {later.length > 0 ? (
        <Area label="Later in the story">
          <ul className="space-y-2">
            {later.map((member) => (
              <li key={`${member.character.id}-${member.membership.role}`}>
                <Spoiler revealedIn={member.membership.revealedIn}>
                  <Station member={member} />
                </Spoiler>
              </li>
            ))}
          </ul>
        </Area>
      ) : null}
    </div>
  );
}
