import { QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import type { ComponentType } from "react";
import { createRoutesStub, isRouteErrorResponse, useRouteError, type LoaderFunction } from "react-router";
import { NotFound } from "../components/not-found";
import { collectionQuery } from "../data/queries";
import { COLLECTION_NAMES, type Dataset } from "../data/schema";
import { queryClient } from "../lib/query-client";
import { fixtureDataset } from "./fixture-dataset";

export type RouteModule<Props> = {
  default: ComponentType<Props>;
  clientLoader?: (args: never) => unknown;
};

function TestErrorBoundary() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  return <p>Unexpected error</p>;
}

/**
 * Renders one route module at a URL the way the app does: its clientLoader reads
 * the collections through the shared query client (filled here with test data)
 * and a 404 thrown by the loader shows the not-found page.
 */
export function renderRoute<Props>(
  pattern: string,
  url: string,
  module: RouteModule<Props>,
  data: Dataset = fixtureDataset(),
) {
  queryClient.clear();
  for (const name of COLLECTION_NAMES) queryClient.setQueryData(collectionQuery(name).queryKey, data[name]);
  const Stub = createRoutesStub([
    {
      path: pattern,
      Component: module.default,
      // The generated route types narrow `params`; the stub passes the same object untyped.
      loader: module.clientLoader as LoaderFunction | undefined,
      ErrorBoundary: TestErrorBoundary,
      HydrateFallback: () => null,
    },
  ]);
  return render(
    <QueryClientProvider client={queryClient}>
      <Stub initialEntries={[url]} />
    </QueryClientProvider>,
  );
}
