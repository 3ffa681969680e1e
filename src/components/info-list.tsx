import type { ReactNode } from "react";

export type InfoRow = { label: string; value: ReactNode };

/** An infobox: label and value pairs; an unknown value says so rather than vanishing. */
export function InfoList({ rows }: { rows: readonly InfoRow[] }) {
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2 rounded border border-line p-4">
      {rows.map((row) => (
        <div key={row.label} className="contents">
          <dt className="font-semibold">{row.label}</dt>
          <dd>{row.value ?? <span className="text-ink-muted">not known</span>}</dd>
        </div>
      ))}
    </dl>
  );
}
