import { useState } from "react";
import { Form, Link, useSearchParams } from "react-router";
import { PageTitle } from "../../components/page-title";
import { pageMeta } from "../../lib/meta";
import { paths } from "../../lib/paths";
import { langOf } from "../../lib/script";
import { useHydrated } from "../../lib/use-hydrated";
import { EXAMPLE_QUERIES, groupResults } from "./search-kinds";
import { useSearchResults } from "./use-search-results";
import { RouteErrorBoundary } from "../../components/route-error-boundary";

export const meta = () =>
  pageMeta({
    title: "Search",
    description: "Search the Glass Heart Wiki for characters, cast, bands, episodes, songs and reviews.",
    path: paths.search(),
  });

/**
 * The results page at /search?q=…: the query lives in the URL, so results can be
 * shared and bookmarked. The page is prerendered once without a query; the
 * query is read after hydration, so the first render always matches the HTML.
 */
export default function SearchPage() {
  const hydrated = useHydrated();
  const [params, setParams] = useSearchParams();
  const urlQuery = hydrated ? (params.get("q") ?? "") : "";
  const [query, setQuery] = useState(urlQuery);
  const [seenUrlQuery, setSeenUrlQuery] = useState(urlQuery);
  // A URL changed from outside (hydration, back, forward, a link) restarts the field from it;
  // the URL this field wrote itself leaves the field, and its cursor, alone.
  if (urlQuery !== seenUrlQuery) {
    setSeenUrlQuery(urlQuery);
    if (urlQuery !== query.trim()) setQuery(urlQuery);
  }
  const trimmed = query.trim();
  const state = useSearchResults(query, hydrated && trimmed !== "");

  return (
    <>
      <PageTitle>Search</PageTitle>
      <Form method="get" action={paths.search()} role="search" className="flex flex-wrap gap-2">
        <label htmlFor="search-query" className="sr-only">
          Search query
        </label>
        <input
          id="search-query"
          name="q"
          type="search"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            const next = event.target.value.trim();
            // Keep the URL in step without adding a history entry per keystroke.
            setParams(next === "" ? {} : { q: next }, { replace: true, preventScrollReset: true });
          }}
          autoComplete="off"
          spellCheck={false}
          className="min-w-0 flex-1 rounded border border-line px-3 py-2"
        />
        <button type="submit" className="rounded border border-line px-3 py-2">
          Search
        </button>
      </Form>
      {/* The query is read after hydration; reserving the results' room keeps the page from shifting. */}
      <div className="mt-6 min-h-[70vh]">
        {trimmed === "" ? <SearchHelp /> : <Results state={state} query={trimmed} />}
      </div>
    </>
  );
}

function Results({ state, query }: { state: ReturnType<typeof useSearchResults>; query: string }) {
  if (state.status === "idle" || state.status === "loading") return <p role="status">Searching…</p>;
  if (state.status === "error") {
    return (
      <p role="alert">
        Search could not be loaded. Check your connection and reload the page, or browse the lists below.
      </p>
    );
  }
  const { hits, didYouMean } = state.outcome;
  if (hits.length === 0) {
    return (
      <>
        <p role="status">
          No results for <q>{query}</q>.
        </p>
        {didYouMean ? (
          <p className="mt-2">
            Did you mean <Link to={paths.search(didYouMean)}>{didYouMean}</Link>?
          </p>
        ) : null}
        <SearchHelp />
      </>
    );
  }
  const groups = groupResults(hits);
  // Numbering runs on across groups, so the list reads best first from 1 to the end.
  const starts = groups.map((_, i) => groups.slice(0, i).reduce((n, g) => n + g.items.length, 0) + 1);
  return (
    <>
      <p role="status">
        {hits.length} result{hits.length === 1 ? "" : "s"} for <q>{query}</q>, best first.
      </p>
      <div aria-label="Search results" role="region" className="mt-4 space-y-6">
        {groups.map((group, i) => (
          <section key={group.kind} aria-labelledby={`results-${group.kind}`}>
            <h2 id={`results-${group.kind}`} className="text-xl font-semibold">
              {group.label}
            </h2>
            <ol className="mt-2 space-y-2" start={starts[i]}>
              {group.items.map((item) => (
                <li key={item.key}>
                  <Link to={item.url} className="font-medium">
                    <span lang={langOf(item.title)}>{item.title}</span>
                  </Link>
                  {item.native && item.native !== item.title ? (
                    <span lang="ja" className="ml-2 text-ink-muted">
                      {item.native}
                    </span>
                  ) : null}
                  <span className="block text-sm text-ink-muted" lang={langOf(item.hint)}>
                    {item.hint}
                  </span>
                </li>
              ))}
            </ol>
          </section>
        ))}
      </div>
    </>
  );
}

function SearchHelp() {
  return (
    <div className="mt-4 space-y-3">
      <p>
        Type any name the way you remember it: either order, with or without long vowels (Satō, Sato, Satoh), in kanji
        or kana (藤谷, ふじたに), an actor&apos;s name, a role (the drummer) or a band.
      </p>
      <p>
        Try:{" "}
        {EXAMPLE_QUERIES.map((example, i) => (
          <span key={example}>
            {i > 0 ? ", " : null}
            <Link to={paths.search(example)} lang={langOf(example)}>
              {example}
            </Link>
          </span>
        ))}
        .
      </p>
      <p>
        Or browse the lists of <Link to={paths.characters()}>characters</Link>,{" "}
        <Link to={paths.people()}>cast &amp; crew</Link>, <Link to={paths.bands()}>bands</Link>,{" "}
        <Link to={paths.episodes()}>episodes</Link>, <Link to={paths.songs()}>songs</Link> and{" "}
        <Link to={paths.reviews()}>reviews</Link>.
      </p>
    </div>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
