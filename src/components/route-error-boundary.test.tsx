import { QueryClientProvider } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createRoutesStub } from "react-router";
import { describe, expect, it } from "vitest";
import { queryClient } from "../lib/query-client";
import { notFound } from "../lib/route-data";
import { RouteErrorBoundary } from "./route-error-boundary";

function renderFailing(loader: () => unknown) {
  const Stub = createRoutesStub([
    {
      path: "/page",
      Component: () => <h1>The page</h1>,
      loader,
      ErrorBoundary: RouteErrorBoundary,
      HydrateFallback: () => null,
    },
  ]);
  return render(
    <QueryClientProvider client={queryClient}>
      <Stub initialEntries={["/page"]} />
    </QueryClientProvider>,
  );
}

describe("RouteErrorBoundary", () => {
  it("explains a failed load without its details, and tries again on request", async () => {
    let attempts = 0;
    renderFailing(() => {
      attempts += 1;
      if (attempts === 1) throw new Error("secret stack detail at chunk-abc.js:12");
      return null;
    });
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Something went wrong");
    expect(alert).not.toHaveTextContent(/secret|chunk-abc/);
    expect(screen.getByRole("link", { name: "Go to the home page" })).toHaveAttribute("href", "/");

    await userEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("heading", { name: "The page" })).toBeInTheDocument();
    expect(attempts).toBe(2);
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("keeps showing the not-found page for an unknown address", async () => {
    renderFailing(() => notFound());
    expect(await screen.findByRole("heading", { level: 1, name: "Page not found" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Try again" })).not.toBeInTheDocument();
  });
});
