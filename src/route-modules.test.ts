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
/** Routes with a `:slug` or `:number`, whose loaders answer 404 for an unknown one. */
const detailModules = routeModules.filter(([file]) => routes.find((r) => r.file === file)?.path?.includes(":"));

const titleOf = (tags: MetaDescriptor[] | undefined) => {
  const tag = tags?.find((t) => "title" in t);
  return tag && "title" in tag ? tag.title : undefined;
};

/** What React Router hands `meta` after a loader threw `data(null, { status: 404 })`. */
const notFoundResponse = { status: 404, statusText: "Not Found", internal: false, data: null };

describe("every route module", () => {
  it.each(routeModules)("%s has the shared error boundary", (_, module) => {
    expect(module.ErrorBoundary).toBe(RouteErrorBoundary);
  });

  // Booting from the 404 fallback page, or after a failed loader, `meta` runs without loader data.
  it.each(routeModules)("%s gives a title even without loader data", (_, module) => {
    const tags = module.meta?.({ loaderData: undefined, params: { slug: "x", number: "1" }, error: new Error("x") });
    expect(titleOf(tags)).toMatch(/Glass Heart Wiki$/);
  });

  it("covers the six detail routes", () => {
    expect(detailModules).toHaveLength(6);
  });

  it.each(detailModules)("%s titles an unknown address as not found", (_, module) => {
    const tags = module.meta?.({ loaderData: undefined, params: { slug: "x", number: "99" }, error: notFoundResponse });
    expect(titleOf(tags)).toBe("Page not found · Glass Heart Wiki");
  });
});
