import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { READER_SETTINGS_KEY, updateReaderSettings } from "../../lib/reader-settings";
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
    updateReaderSettings({ watchedUpTo: 10 });
    renderRoute("/characters/:slug", "/characters/naoki-fujitani", characterPage);
    expect(await screen.findByRole("heading", { level: 1, name: "Naoki Fujitani" })).toBeInTheDocument();
    expect(screen.getByText("藤谷直季")).toHaveAttribute("lang", "ja");
    // The monogram beside the heading wears the band's colour and stays out of the heading's name.
    expect(screen.getByText("NF").closest("svg")?.querySelector("circle")).toHaveClass("fill-band-tenblank");
    expect(screen.getByRole("link", { name: "Takeru Satoh" })).toHaveAttribute("href", "/people/takeru-satoh");
    expect(screen.getByRole("link", { name: "TENBLANK" })).toHaveAttribute("href", "/bands/tenblank");
    const relationships = screen.getByRole("region", { name: "Relationships" });
    expect(within(relationships).getByText(/Recruited/)).toBeInTheDocument();
    // Stored on Toya's side only, derived here with the inverse label.
    expect(within(relationships).getByText(/half-brother of/i)).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Sources" })).toHaveTextContent("Example article");
  });

  it("puts a marker in place of a twist the reader has not reached, and shows it on request", async () => {
    updateReaderSettings({ watchedUpTo: 5 });
    renderRoute("/characters/:slug", "/characters/naoki-fujitani", characterPage);
    const profile = await screen.findByRole("region", { name: "Profile" });
    expect(within(profile).getByText("Writes the band's songs.")).toBeVisible();
    expect(screen.queryByText("Hides an illness from the band.")).toBeNull();
    const marker = within(profile).getByText("Revealed in episode 6");
    const button = within(profile).getByRole("button", { name: "Show anyway" });
    expect(button).toHaveAccessibleDescription("Revealed in episode 6");
    expect(marker).toBeVisible();

    await userEvent.click(button);
    const twist = screen.getByText("Hides an illness from the band.");
    expect(twist).toBeVisible();
    expect(twist).toHaveFocus();
    expect(within(profile).queryByRole("button", { name: "Show anyway" })).toBeNull();
  });

  it("shows a relationship from the episode that reveals it, on both sides", async () => {
    updateReaderSettings({ watchedUpTo: 4 });
    const { unmount } = renderRoute("/characters/:slug", "/characters/naoki-fujitani", characterPage);
    const before = await screen.findByRole("region", { name: "Relationships" });
    expect(before).not.toHaveTextContent(/half-brother/i);
    expect(within(before).getByRole("button", { name: "Show anyway" })).toHaveAccessibleDescription(
      "Revealed in episode 5",
    );
    unmount();

    updateReaderSettings({ watchedUpTo: 5 });
    renderRoute("/characters/:slug", "/characters/naoki-fujitani", characterPage);
    const after = await screen.findByRole("region", { name: "Relationships" });
    expect(within(after).getByText(/half-brother of/i)).toBeVisible();
    expect(within(after).getByRole("link", { name: "Toya Shinzaki" })).toBeVisible();
  });

  it("changes every name on the page when the reader switches the name order", async () => {
    updateReaderSettings({ watchedUpTo: 10 });
    renderRoute("/characters/:slug", "/characters/naoki-fujitani", characterPage);
    await screen.findByRole("heading", { level: 1, name: "Naoki Fujitani" });
    const givenFirst = ["Naoki Fujitani", "Takeru Satoh", "Akane Saijo", "Toya Shinzaki"];
    for (const name of givenFirst) expect(document.body).toHaveTextContent(name);

    act(() => {
      updateReaderSettings({ names: { order: "family-first", macrons: true } });
    });
    expect(screen.getByRole("heading", { level: 1, name: "Fujitani Naoki" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Satoh Takeru" })).toHaveAttribute("href", "/people/takeru-satoh");
    // Recruited by him, and in love with him: two lines, both in the new order.
    expect(screen.getAllByRole("link", { name: "Saijō Akane" })).toHaveLength(2);
    expect(screen.getByRole("link", { name: "Shinzaki Tōya" })).toHaveAttribute("href", "/characters/toya-shinzaki");
    for (const name of givenFirst) expect(document.body).not.toHaveTextContent(name);
  });

  it("falls back to the defaults when the stored settings are corrupted", async () => {
    localStorage.setItem(READER_SETTINGS_KEY, '{"version":1,"watchedUpTo":"all the way",');
    renderRoute("/characters/:slug", "/characters/naoki-fujitani", characterPage);
    expect(await screen.findByRole("heading", { level: 1, name: "Naoki Fujitani" })).toBeInTheDocument();
    expect(screen.queryByText("Hides an illness from the band.")).toBeNull();
    expect(screen.getAllByText(/^Revealed in episode \d+$/).length).toBeGreaterThan(0);
  });

  it("shows the 404 page for an unknown slug", async () => {
    renderRoute("/characters/:slug", "/characters/nobody", characterPage);
    expect(await screen.findByRole("heading", { level: 1, name: "Page not found" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Search the wiki" })).toHaveAttribute("href", "/search");
  });
});
