import type { Fact } from "../data/schema";
import { Spoiler } from "./spoiler";

export function FactList({ facts, emptyText }: { facts: readonly Fact[]; emptyText?: string }) {
  if (facts.length === 0) return emptyText ? <p className="text-ink-muted">{emptyText}</p> : null;
  return (
    <ul className="list-disc space-y-2 pl-6">
      {facts.map((fact) => (
        <li key={fact.text}>
          <Spoiler revealedIn={fact.revealedIn}>{fact.text}</Spoiler>
        </li>
      ))}
    </ul>
  );
}
