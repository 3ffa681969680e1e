import { Link } from "react-router";
import { paths } from "../../lib/paths";
import { ThemeControl } from "./theme-control";
import { WatchedUpToControl } from "./watched-up-to-control";

/** The header's settings slot: the spoiler setting and the theme at hand, the rest one link away. */
export function HeaderSettings() {
  return (
    <div className="flex w-full flex-wrap items-center gap-x-4 gap-y-2 text-sm sm:w-auto">
      <WatchedUpToControl />
      <ThemeControl />
      <Link to={paths.settings()} className="inline-block py-1">
        Reading settings
      </Link>
    </div>
  );
}
