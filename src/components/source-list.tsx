import type { Source } from "../data/schema";
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
              <a href={source.url} rel="noopener noreferrer" target="_blank" lang={source.language}>
                {source.title}
              </a>
              <span className="text-ink-muted">
                {" "}
                ({source.publisher}, {source.kind}){source.note ? `: ${source.note}` : ""}
              </span>
              <span className="sr-only"> (opens in a new tab)</span>
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
