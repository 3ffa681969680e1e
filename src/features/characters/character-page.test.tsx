import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderRoute } from "../../test/render-route";
import * as characterList from "./character-list-page";
import * as characterPage from "./character-page";

describe("character pages", () => {
  it("lists every character with a link to their page", async () => {
    renderRoute("/characters", "/characters", characterList);
    expect(await screen.findByRole("heading", { level: 1, name: "Characters" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Toya Shinzaki" })).toHaveAttribute("href", "/characters/toya-shinzaki");
  });

  it("shows a character's names, actor, band and relationships in both directions", async () => {
    renderRoute("/characters/:slug", "/characters/naoki-fujitani", characterPage);
    expect(await screen.findByRole("heading", { level: 1, name: "Naoki Fujitani" })).toBeInTheDocument();
    expect(screen.getByText("藤谷直季")).toHaveAttribute("lang", "ja");
    expect(screen.getByRole("link", { name: "Takeru Satoh" })).toHaveAttribute("href", "/people/takeru-satoh");
    expect(screen.getByRole("link", { name: "TENBLANK" })).toHaveAttribute("href", "/bands/tenblank");
    const relationships = screen.getByRole("region", { name: "Relationships" });
    expect(within(relationships).getByText(/Recruited/)).toBeInTheDocument();
    // Stored on Toya's side only, derived here with the inverse label.
    expect(within(relationships).getByText(/half-brother of/i)).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Sources" })).toHaveTextContent("Example article");
  });

  it("keeps twists inside closed disclosures labelled with their episode", async () => {
    renderRoute("/characters/:slug", "/characters/naoki-fujitani", characterPage);
    const summary = await screen.findByText(/Spoiler: revealed in episode 6/);
    const details = summary.closest("details");
    expect(details).not.toBeNull();
    expect(details).not.toHaveAttribute("open");
    expect(screen.getByText("Hides an illness from the band.")).not.toBeVisible();
  });

  it("shows the 404 page for an unknown slug", async () => {
    renderRoute("/characters/:slug", "/characters/nobody", characterPage);
    expect(await screen.findByRole("heading", { level: 1, name: "Page not found" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Search the wiki" })).toHaveAttribute("href", "/search");
  });
});
