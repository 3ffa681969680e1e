import type { ReactNode } from "react";
import { Link, NavLink } from "react-router";
import { paths } from "../lib/paths";

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

/** The header is shared; the app layer fills its search and settings slots from the features. */
export function SiteHeader({ search, settings }: { search?: ReactNode; settings?: ReactNode }) {
  return (
    <header className="border-b border-line bg-surface-raised">
      <div className="mx-auto flex max-w-4xl flex-wrap items-baseline gap-x-6 gap-y-2 px-4 py-3">
        <Link to={paths.home()} className="text-lg font-bold text-ink no-underline">
          Glass Heart Wiki
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {SECTIONS.map((section) => (
              <li key={section.to}>
                <NavLink
                  to={section.to}
                  className="inline-block py-1 no-underline hover:underline aria-[current=page]:font-semibold aria-[current=page]:underline"
                >
                  {section.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        {search}
        {settings}
      </div>
    </header>
  );
}
