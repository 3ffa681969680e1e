import type { MetaDescriptor } from "react-router";
import { describe, expect, it } from "vitest";
import { RouteErrorBoundary } from "./components/route-error-boundary";
import routes from "./routes";

type RouteModule = {
  ErrorBoundary?: unknown;
  meta?: (args: { loaderData: undefined; params: Record<string, string>; error: unknown }) => MetaDescriptor[];
};

const modules = import.meta.glob<RouteModule>(["./app/*-page.tsx", "./features/*/*-page.tsx"], { eager: true });

const routeModules = routes.map((route) => {
  const module = modules[`./${route.file}`];
  if (module === undefined) throw new Error(`no module for ${route.file}`);
  return [route.file, module] as const;
});

describe("every route module", () => {
  it.each(routeModules)("%s has the shared error boundary", (_, module) => {
    expect(module.ErrorBoundary).toBe(RouteErrorBoundary);
  });

  // Booting from the 404 fallback page, or after a failed loader, `meta` runs without loader data.
  it.each(routeModules)("%s gives a title even without loader data", (_, module) => {
    const tags = module.meta?.({ loaderData: undefined, params: { slug: "x", number: "1" }, error: new Error("x") });
    const title = tags?.find((tag) => "title" in tag);
    expect(title && "title" in title ? title.title : undefined).toMatch(/Glass Heart Wiki$/);
  });
});
