import type { ReactNode } from "react";

/** The page's one h1, with the name in Japanese script beneath where there is one. */
export function PageTitle({ children, native, lead }: { children: ReactNode; native?: string; lead?: string }) {
  return (
    <header className="mb-6">
      <h1 className="text-3xl font-bold">{children}</h1>
      {native ? (
        <p lang="ja" className="mt-1 text-lg text-ink-muted">
          {native}
        </p>
      ) : null}
      {lead ? <p className="mt-3 text-lg">{lead}</p> : null}
    </header>
  );
}
