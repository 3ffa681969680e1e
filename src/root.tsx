import { QueryClientProvider } from "@tanstack/react-query";
import { useEffect, type ReactNode } from "react";
import { Links, Meta, Outlet, Scripts, ScrollRestoration, isRouteErrorResponse } from "react-router";
import type { Route } from "./+types/root";
import "./app.css";
import { ErrorNotice } from "./components/error-notice";
import { NotFound } from "./components/not-found";
import { RouteAnnouncer } from "./components/route-announcer";
import { SiteFooter } from "./components/site-footer";
import { SiteHeader } from "./components/site-header";
import { HeaderSettings } from "./features/settings/header-settings";
import { SearchBox } from "./features/search/search-box";
import { SITE_NAME, notFoundMeta } from "./lib/meta";
import { queryClient } from "./lib/query-client";
import { clearStaleChunkMarker, reloadOnceOnStaleChunk } from "./lib/stale-chunk-reload";

export const links: Route.LinksFunction = () => [{ rel: "icon", href: "/favicon.svg", type: "image/svg+xml" }];

export function meta({ error }: Route.MetaArgs) {
  if (isRouteErrorResponse(error) && error.status === 404) return notFoundMeta();
  if (error) return [{ title: `Something went wrong · ${SITE_NAME}` }, { name: "robots", content: "noindex" }];
  return [
    { title: SITE_NAME },
    {
      name: "description",
      content: "A spoiler-aware fan wiki for Glass Heart, the 2025 Netflix series about the band TENBLANK.",
    },
  ];
}

export function Layout({ children }: { children: ReactNode }) {
  return (
    // The theme script sets data-theme before React starts, so the attribute may differ from this render.
    <html lang="en" suppressHydrationWarning>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body className="flex min-h-dvh flex-col">
        <a
          href="#main"
          className="sr-only bg-surface px-3 py-2 focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10"
        >
          Skip to content
        </a>
        <SiteHeader search={<SearchBox />} settings={<HeaderSettings />} />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-gutter py-8 outline-none">
          {children}
        </main>
        <SiteFooter />
        <RouteAnnouncer />
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

if (typeof window !== "undefined") reloadOnceOnStaleChunk();

export default function App() {
  useEffect(() => {
    clearStaleChunkMarker();
  }, []);
  return (
    <QueryClientProvider client={queryClient}>
      <Outlet />
    </QueryClientProvider>
  );
}

/** Shown by the 404 fallback page until the app has decided what the URL is. */
export function HydrateFallback() {
  return (
    <div>
      <p role="status">Loading…</p>
      <noscript>
        <p>
          This page was not found, or it needs JavaScript. Try the <a href="/">home page</a> or{" "}
          <a href="/search">search</a>.
        </p>
      </noscript>
    </div>
  );
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  return <ErrorNotice error={error} />;
}
