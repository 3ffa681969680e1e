import { QueryClientProvider } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Links, Meta, Outlet, Scripts, ScrollRestoration, isRouteErrorResponse } from "react-router";
import type { Route } from "./+types/root";
import "./app.css";
import { RouteErrorBoundary } from "./components/route-error-boundary";
import { RouteAnnouncer } from "./components/route-announcer";
import { SlowLoadNotice } from "./components/slow-load-notice";
import { SiteFooter } from "./components/site-footer";
import { SiteHeader } from "./components/site-header";
import { UpdatePrompt } from "./features/offline/update-prompt";
import { HeaderSettings } from "./features/settings/header-settings";
import { SearchBox } from "./features/search/search-box";
import { SITE_NAME, notFoundMeta } from "./lib/meta";
import { siteFiles } from "./lib/paths";
import { queryClient } from "./lib/query-client";
import { reloadOnceOnStaleChunk } from "./lib/stale-chunk-reload";
import { SURFACE_COLOURS } from "./lib/theme";

export const links: Route.LinksFunction = () => [
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
  { rel: "apple-touch-icon", href: siteFiles.appleTouchIcon },
  { rel: "manifest", href: siteFiles.manifest },
];

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
        <meta name="theme-color" content={SURFACE_COLOURS.light} media="(prefers-color-scheme: light)" />
        <meta name="theme-color" content={SURFACE_COLOURS.dark} media="(prefers-color-scheme: dark)" />
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
        <UpdatePrompt />
        <SiteHeader search={<SearchBox />} settings={<HeaderSettings />} />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-gutter py-8 outline-none">
          {children}
        </main>
        <SiteFooter />
        <RouteAnnouncer />
        <SlowLoadNotice />
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

if (typeof window !== "undefined") reloadOnceOnStaleChunk();

export default function App() {
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

/** The last line of defence: every route has the same boundary, so this catches only the app shell's own failures. */
export const ErrorBoundary = RouteErrorBoundary;
