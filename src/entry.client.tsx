import { StrictMode, startTransition } from "react";
import { hydrateRoot } from "react-dom/client";
import { HydratedRouter } from "react-router/dom";

function hydrate() {
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <HydratedRouter />
      </StrictMode>,
    );
  });
}

// The prerendered page is complete without script: let the browser paint it
// first, then hydrate. On a slow phone the text appears before the app's work
// starts, instead of after it.
requestAnimationFrame(() => {
  setTimeout(hydrate, 0);
});
