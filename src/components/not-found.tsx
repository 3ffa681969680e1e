import { Link } from "react-router";
import { paths } from "../lib/paths";

export function NotFound() {
  return (
    <article>
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="mt-4">There is no page at this address. It may have moved, or the link may have a typo.</p>
      <ul className="mt-4 list-disc space-y-1 pl-6">
        <li>
          <Link to={paths.home()}>Go to the home page</Link>
        </li>
        <li>
          <Link to={paths.search()}>Search the wiki</Link>
        </li>
        <li>
          Browse <Link to={paths.characters()}>characters</Link>, <Link to={paths.episodes()}>episodes</Link> or{" "}
          <Link to={paths.bands()}>bands</Link>
        </li>
      </ul>
    </article>
  );
}
