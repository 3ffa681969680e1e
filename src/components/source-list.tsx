import type { Source } from "../data/schema";
import { ExternalLink } from "./external-link";
import { Section } from "./section";

export function SourceList({ sources }: { sources: readonly Source[] }) {
  return (
    <Section title="Sources">
      {sources.length === 0 ? (
        <p>No sources listed.</p>
      ) : (
        <ol className="list-decimal space-y-1 pl-6 text-sm">
          {sources.map((source) => (
            <li key={source.id}>
              <ExternalLink href={source.url} lang={source.language}>
                {source.title}
              </ExternalLink>
              <span className="text-ink-muted">
                {" "}
                ({source.publisher}, {source.kind}){source.note ? `: ${source.note}` : ""}
              </span>
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
