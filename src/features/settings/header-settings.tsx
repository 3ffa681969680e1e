import { Link } from "react-router";
import { paths } from "../../lib/paths";
import { WatchedUpToControl } from "./watched-up-to-control";

/** The header's settings slot: the spoiler setting at hand, the rest one link away. */
export function HeaderSettings() {
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
      <WatchedUpToControl />
      <Link to={paths.settings()}>Reading settings</Link>
    </div>
  );
}
