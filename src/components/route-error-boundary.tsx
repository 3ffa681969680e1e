import { Link, isRouteErrorResponse, useRevalidator, useRouteError } from "react-router";
import { paths } from "../lib/paths";
import { queryClient } from "../lib/query-client";
import { NotFound } from "./not-found";

/**
 * Every route module exports this as its `ErrorBoundary`, and so does the root:
 * an unknown slug (a thrown 404) shows the not-found page, and any other failure
 * a calm message with a way forward, never a white screen or a stack trace.
 */
export function RouteErrorBoundary() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  return <ErrorNotice />;
}

/** The error itself is logged by `src/entry.client.tsx`, once; the page never shows its details. */
export function ErrorNotice() {
  const revalidator = useRevalidator();
  const retrying = revalidator.state === "loading";
  return (
    <article role="alert" aria-busy={retrying}>
      <h1 className="text-3xl font-bold">Something went wrong</h1>
      <p className="mt-4">
        This page could not be shown. It may be a network hiccup: check your connection and try again.
      </p>
      <p className="mt-4 flex flex-wrap items-center gap-4">
        <button
          type="button"
          disabled={retrying}
          onClick={() => {
            // Failed loads stay in the cache as errors; forget them so the loader fetches afresh.
            // The root boundary sits outside the query provider, so this uses the shared client directly.
            queryClient.removeQueries({ predicate: (query) => query.state.status === "error" });
            void revalidator.revalidate();
          }}
          className="rounded border border-line px-3 py-1"
        >
          {retrying ? "Trying again…" : "Try again"}
        </button>
        <Link to={paths.home()}>Go to the home page</Link>
      </p>
    </article>
  );
}
