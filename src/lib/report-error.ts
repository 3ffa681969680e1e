import { isRouteErrorResponse } from "react-router";

/**
 * The one place an error reaches the console. React, React Router and the error
 * boundary may each hear of the same error (and development mode renders twice),
 * so each error is written once, as a short line without a stack in the page.
 */
const reported = new WeakSet<object>();
let lastPrimitive: unknown = undefined;

export function reportError(error: unknown): void {
  // An unknown address is an answer, not a failure: the not-found page explains it.
  if (isRouteErrorResponse(error) && error.status === 404) return;
  if (typeof error === "object" && error !== null) {
    if (reported.has(error)) return;
    reported.add(error);
  } else {
    if (Object.is(error, lastPrimitive)) return;
    lastPrimitive = error;
  }
  console.error("The page could not be shown:", error);
}
