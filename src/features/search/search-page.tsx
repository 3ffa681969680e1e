import { Form, Link, useSearchParams } from "react-router";
import { PageTitle } from "../../components/page-title";
import { pageMeta } from "../../lib/meta";
import { paths } from "../../lib/paths";
import { useHydrated } from "../../lib/use-hydrated";

export const meta = () =>
  pageMeta({
    title: "Search",
    description: "Search the Glass Heart Wiki for characters, cast, bands, episodes, songs and reviews.",
    path: paths.search(),
  });

export default function SearchPage() {
  const [params] = useSearchParams();
  const hydrated = useHydrated();
  const query = hydrated ? (params.get("q") ?? "").trim() : "";
  return (
    <>
      <PageTitle>Search</PageTitle>
      <Form method="get" action={paths.search()} role="search" className="flex flex-wrap gap-2">
        <label htmlFor="search-query" className="sr-only">
          Search the wiki
        </label>
        <input
          id="search-query"
          name="q"
          type="search"
          defaultValue={query}
          key={query}
          className="min-w-0 flex-1 rounded border border-zinc-400 px-3 py-2"
        />
        <button type="submit" className="rounded border border-zinc-400 px-3 py-2">
          Search
        </button>
      </Form>
      <div role="status" className="mt-6">
        {query ? (
          <p>
            Results for <q>{query}</q> are not available yet: full search is still being built.
          </p>
        ) : (
          <p>Full search is still being built.</p>
        )}
        <p className="mt-2">
          Meanwhile, browse the lists of <Link to={paths.characters()}>characters</Link>,{" "}
          <Link to={paths.people()}>cast &amp; crew</Link>, <Link to={paths.bands()}>bands</Link>,{" "}
          <Link to={paths.episodes()}>episodes</Link>, <Link to={paths.songs()}>songs</Link> and{" "}
          <Link to={paths.reviews()}>reviews</Link>.
        </p>
      </div>
    </>
  );
}
