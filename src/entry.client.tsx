import { StrictMode, startTransition } from "react";
import { hydrateRoot } from "react-dom/client";
import { HydratedRouter } from "react-router/dom";
import { reportError } from "./lib/report-error";

/**
 * React Router's default client entry, plus one logging point: the router
 * reports loader and render errors once each, and React's own reports of the
 * errors its boundaries caught go to the same place, which writes each once.
 */
startTransition(() => {
  hydrateRoot(
    document,
    <StrictMode>
      <HydratedRouter onError={reportError} />
    </StrictMode>,
    { onCaughtError: reportError, onUncaughtError: reportError },
  );
});
