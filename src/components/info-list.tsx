import { useId, type ReactNode } from "react";

export type InfoRow = { label: string; value: ReactNode };

/** Label and value pairs; an unknown value says so rather than vanishing. */
function Facts({ rows, className }: { rows: readonly InfoRow[]; className: string }) {
  return (
    <dl className={`facts ${className}`}>
      {rows.map((row) => (
        <div key={row.label} className="contents">
          <dt className="font-semibold">{row.label}</dt>
          <dd className="min-w-0">{row.value ?? <span className="text-ink-muted">not known</span>}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The facts of a page as a panel of their own. */
export function InfoList({ rows }: { rows: readonly InfoRow[] }) {
  return <Facts rows={rows} className="panel p-4" />;
}

/**
 * A wiki infobox: a named panel with an optional picture on top and the key facts
 * below. Beside the text from the md breakpoint, above it on a phone.
 */
export function Infobox({ title, media, rows }: { title: string; media?: ReactNode; rows: readonly InfoRow[] }) {
  const id = useId();
  return (
    <aside aria-labelledby={id} className="panel mb-6 overflow-hidden md:float-right md:mb-4 md:ml-6 md:w-80">
      <h2 id={id} className="eyebrow bg-surface-sunken px-4 py-2">
        {title}
      </h2>
      {media ? <div className="flex justify-center px-4 pt-4">{media}</div> : null}
      <Facts rows={rows} className="p-4 text-sm" />
    </aside>
  );
}
