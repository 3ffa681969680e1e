import { useId, type ReactNode } from "react";

export type InfoRow = { label: string; value: ReactNode };

/** Label and value pairs; an unknown value says so rather than vanishing. */
export function InfoList({ rows }: { rows: readonly InfoRow[] }) {
  return (
    <dl className="grid grid-cols-[minmax(0,max-content)_minmax(0,1fr)] gap-x-4 gap-y-2 rounded-card border border-line bg-surface-raised p-4">
      {rows.map((row) => (
        <div key={row.label} className="contents">
          <dt className="font-semibold">{row.label}</dt>
          <dd className="min-w-0">{row.value ?? <span className="text-ink-muted">not known</span>}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * A wiki infobox: a named panel with an optional picture on top and the key facts
 * below. Beside the text from the md breakpoint, above it on a phone.
 */
export function Infobox({ title, media, rows }: { title: string; media?: ReactNode; rows: readonly InfoRow[] }) {
  const id = useId();
  return (
    <aside
      aria-labelledby={id}
      className="mb-6 overflow-hidden rounded-card border border-line bg-surface-raised md:float-right md:mb-4 md:ml-6 md:w-80"
    >
      <h2 id={id} className="bg-surface-sunken px-4 py-2 text-eyebrow font-semibold text-ink-muted uppercase">
        {title}
      </h2>
      {media ? <div className="flex justify-center px-4 pt-4">{media}</div> : null}
      <dl className="grid grid-cols-[minmax(0,max-content)_minmax(0,1fr)] gap-x-4 gap-y-2 p-4 text-sm">
        {rows.map((row) => (
          <div key={row.label} className="contents">
            <dt className="font-semibold">{row.label}</dt>
            <dd className="min-w-0">{row.value ?? <span className="text-ink-muted">not known</span>}</dd>
          </div>
        ))}
      </dl>
    </aside>
  );
}
