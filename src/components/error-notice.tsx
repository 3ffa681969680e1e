import { useEffect } from "react";
import { Link } from "react-router";
import { paths } from "../lib/paths";

/** A failed render or load: a calm message and a way forward, never a stack trace. */
export function ErrorNotice({ error }: { error: unknown }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <article role="alert">
      <h1 className="text-3xl font-bold">Something went wrong</h1>
      <p className="mt-4">This page could not be shown. It may be a network hiccup.</p>
      <p className="mt-4 flex flex-wrap gap-4">
        <button
          type="button"
          onClick={() => {
            window.location.reload();
          }}
          className="rounded border border-line px-3 py-1"
        >
          Try again
        </button>
        <Link to={paths.home()}>Go to the home page</Link>
      </p>
    </article>
  );
}
