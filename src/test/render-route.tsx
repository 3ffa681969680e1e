import { QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import type { ComponentType } from "react";
import { createRoutesStub, type LoaderFunction } from "react-router";
import { RouteErrorBoundary } from "../components/route-error-boundary";
import { collectionQuery } from "../data/queries";
import { COLLECTION_NAMES, type Dataset } from "../data/schema";
import { queryClient } from "../lib/query-client";
import { fixtureDataset } from "./fixture-dataset";

export type RouteModule<Props> = {
  default: ComponentType<Props>;
  clientLoader?: (args: never) => unknown;
  ErrorBoundary?: ComponentType;
};

/**
 * Renders one route module at a URL the way the app does: its clientLoader reads
 * the collections through the shared query client (filled here with test data)
 * and its own error boundary shows a thrown 404 or a failure.
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
      ErrorBoundary: module.ErrorBoundary ?? RouteErrorBoundary,
      HydrateFallback: () => null,
    },
  ]);
  return render(
    <QueryClientProvider client={queryClient}>
      <Stub initialEntries={[url]} />
    </QueryClientProvider>,
  );
}
