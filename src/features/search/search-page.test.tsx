import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderRoute } from "../../test/render-route";
import * as searchPage from "./search-page";

describe("search page", () => {
  it("reads the query from the URL and lists the results as links, best first", async () => {
    renderRoute("/search", "/search?q=fujitani", searchPage);
    await screen.findByRole("heading", { level: 1, name: "Search" });
    expect(screen.getByRole("searchbox", { name: "Search query" })).toHaveValue("fujitani");
    const results = await screen.findByRole("region", { name: "Search results" });
    const links = results.querySelectorAll("a");
    expect(links[0]).toHaveAccessibleName("Naoki Fujitani");
    expect(links[0]).toHaveAttribute("href", "/characters/naoki-fujitani");
    expect(screen.getByRole("heading", { level: 2, name: "Characters" })).toBeInTheDocument();
  });

  it("updates the results as the reader types", async () => {
    renderRoute("/search", "/search", searchPage);
    const field = await screen.findByRole("searchbox", { name: "Search query" });
    await userEvent.type(field, "the drummer");
    const results = await screen.findByRole("region", { name: "Search results" });
    expect(results.querySelector("a")).toHaveAccessibleName("Akane Saijo");
    expect(results).toHaveTextContent("drums, TENBLANK");
  });

  it("helps when nothing matches", async () => {
    renderRoute("/search", "/search?q=qqqqzzzz", searchPage);
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("No results for qqqqzzzz"));
    expect(screen.getByRole("link", { name: "characters" })).toHaveAttribute("href", "/characters");
    expect(screen.getByRole("link", { name: "the drummer" })).toHaveAttribute("href", "/search?q=the+drummer");
  });

  it("offers examples and the lists for an empty query", async () => {
    renderRoute("/search", "/search", searchPage);
    await screen.findByRole("heading", { level: 1, name: "Search" });
    expect(screen.getByRole("link", { name: "Toya" })).toHaveAttribute("href", "/search?q=Toya");
    expect(screen.getByRole("link", { name: "reviews" })).toHaveAttribute("href", "/reviews");
  });
});
