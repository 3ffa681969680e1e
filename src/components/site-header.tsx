import type { ReactNode } from "react";
import { Link } from "react-router";
import { paths } from "../lib/paths";
import { SiteMenu } from "./site-menu";

// A plain list, one entry a line: new sections are added here and nowhere else.
const SECTIONS = [
  { to: paths.characters(), label: "Characters" },
  { to: paths.members(), label: "Members" },
  { to: paths.bands(), label: "Bands" },
  { to: paths.episodes(), label: "Episodes" },
  { to: paths.songs(), label: "Songs" },
  { to: paths.reviews(), label: "Reviews" },
  { to: paths.people(), label: "Cast & crew" },
  { to: paths.relationships(), label: "Relationships" },
  { to: paths.timeline(), label: "Timeline" },
  { to: paths.search(), label: "Search" },
  { to: paths.about(), label: "About" },
];

/** The wiki's mark: a heart of two glass shards in the TENBLANK and OVER CHROME colours. */
function Mark() {
  return (
    <svg viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" className="shrink-0">
      <path d="M16 28 L4 15 A6.5 6.5 0 0 1 16 8 L13 17 Z" className="fill-band-tenblank" />
      <path d="M16 28 L19 16 L16 8 A6.5 6.5 0 0 1 28 15 Z" className="fill-band-over-chrome" />
    </svg>
  );
}

/** The header is shared; the app layer fills its search and settings slots from the features. */
export function SiteHeader({ search, settings }: { search?: ReactNode; settings?: ReactNode }) {
  return (
    <header className="relative border-b border-line bg-surface-raised">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-3 px-gutter py-3">
        <Link
          to={paths.home()}
          className="mr-auto inline-flex min-h-10 items-center gap-2 text-lg font-bold tracking-tight text-ink no-underline"
        >
          <Mark />
          Glass Heart Wiki
        </Link>
        <SiteMenu sections={SECTIONS} className="lg:order-last lg:w-full" />
        {search}
        {settings}
      </div>
    </header>
  );
}
