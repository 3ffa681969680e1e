import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderRoute } from "../../test/render-route";
import * as searchPage from "./search-page";

describe("search page", () => {
  it("echoes the query from the URL and offers the lists while search is being built", async () => {
    renderRoute("/search", "/search?q=toya", searchPage);
    await screen.findByRole("heading", { level: 1, name: "Search" });
    expect(screen.getByRole("searchbox", { name: "Search the wiki" })).toHaveValue("toya");
    expect(screen.getByRole("status")).toHaveTextContent("Results for toya are not available yet");
    expect(screen.getByRole("link", { name: "characters" })).toHaveAttribute("href", "/characters");
  });
});
