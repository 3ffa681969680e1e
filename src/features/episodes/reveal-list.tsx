import { Link } from "react-router";
import { PersonName } from "../../components/person-name";
import type { Reveal } from "../../data/relations";
import { formatName } from "../../lib/names";
import { paths } from "../../lib/paths";
import { useReaderSettings } from "../../lib/reader-settings";
import { langOf } from "../../lib/script";

function SubjectLink({ reveal }: { reveal: Exclude<Reveal, { kind: "relationship" }> }) {
  const { names } = useReaderSettings();
  const label = typeof reveal.subject === "string" ? reveal.subject : formatName(reveal.subject, names);
  const href =
    reveal.kind === "character"
      ? paths.character(reveal.id)
      : reveal.kind === "band"
        ? paths.band(reveal.id)
        : paths.song(reveal.id);
  return (
    <Link to={href} lang={langOf(label)}>
      {label}
    </Link>
  );
}

/** The twists one episode reveals, each linked to the page it belongs to. */
export function RevealList({ reveals }: { reveals: readonly Reveal[] }) {
  return (
    <ul className="list-disc space-y-2 pl-6">
      {reveals.map((reveal) =>
        reveal.kind === "relationship" ? (
          <li key={`${reveal.from.id}-${reveal.label}-${reveal.to.id}`}>
            <Link to={paths.character(reveal.from.id)}>
              <PersonName name={reveal.from.name} />
            </Link>{" "}
            is {reveal.label}{" "}
            <Link to={paths.character(reveal.to.id)}>
              <PersonName name={reveal.to.name} />
            </Link>
            .
          </li>
        ) : (
          <li key={`${reveal.kind}-${reveal.id}-${reveal.text}`}>
            <SubjectLink reveal={reveal} />: {reveal.text}
          </li>
        ),
      )}
    </ul>
  );
}
