import { Link } from "react-router";
import type { Character, Membership } from "../data/schema";
import { describeMembership } from "../lib/membership-text";
import { paths } from "../lib/paths";
import { PersonName } from "./person-name";
import { Spoiler } from "./spoiler";

export type LineUpMember = { character: Pick<Character, "id" | "name">; membership: Membership };

/** A band's members with what each plays; a membership revealed later stays behind its marker. */
export function LineUp({ members }: { members: readonly LineUpMember[] }) {
  if (members.length === 0) return <p>No members are named in the sources.</p>;
  return (
    <ul className="list-disc space-y-1 pl-6">
      {members.map(({ character, membership }) => (
        <li key={`${character.id}-${membership.role}`}>
          <Spoiler revealedIn={membership.revealedIn}>
            <Link to={paths.character(character.id)}>
              <PersonName name={character.name} />
            </Link>
            : {describeMembership(membership)}
          </Spoiler>
        </li>
      ))}
    </ul>
  );
}
