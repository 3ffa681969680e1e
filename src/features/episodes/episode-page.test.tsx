import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { readReaderSettings, updateReaderSettings } from "../../lib/reader-settings";
import { renderRoute } from "../../test/render-route";
import * as episodeList from "./episode-list-page";
import * as episodePage from "./episode-page";

describe("episode pages", () => {
  it("lists the ten episodes in order", async () => {
    renderRoute("/episodes", "/episodes", episodeList);
    await screen.findByRole("heading", { level: 1, name: "Episodes" });
    const links = screen.getAllByRole("link", { name: /^Episode \d+/ });
    expect(links).toHaveLength(10);
    expect(links[9]).toHaveAccessibleName("Episode 10: Glass Heart");
    expect(links[9]).toHaveAttribute("href", "/episodes/10");
  });

  it("shows an episode's synopsis with its characters and neighbours", async () => {
    updateReaderSettings({ watchedUpTo: 8 });
    renderRoute("/episodes/:number", "/episodes/8", episodePage);
    expect(await screen.findByRole("heading", { level: 1, name: "Episode 8" })).toBeInTheDocument();
    expect(screen.getByText("Setup beat of episode 8.")).toBeVisible();
    const synopsis = screen.getByRole("region", { name: "Synopsis" });
    expect(within(synopsis).getByRole("link", { name: "Akane Saijo" })).toHaveAttribute(
      "href",
      "/characters/akane-saijo",
    );
    const cast = screen.getByRole("region", { name: "Characters" });
    expect(within(cast).getByRole("link", { name: "Akane Saijo" })).toHaveAttribute("href", "/characters/akane-saijo");
    const neighbours = screen.getByRole("navigation", { name: "Episodes" });
    expect(within(neighbours).getByRole("link", { name: /^Previous Episode 7\b/ })).toHaveAttribute(
      "href",
      "/episodes/7",
    );
    expect(within(neighbours).getByRole("link", { name: /^Next Episode 9\b/ })).toHaveAttribute("href", "/episodes/9");
    expect(screen.getByRole("status")).toHaveTextContent("Watched: you are up to episode 8.");
  });

  it("gates an episode the reader has not watched, keeping its heading, and continues on request", async () => {
    updateReaderSettings({ watchedUpTo: 4 });
    renderRoute("/episodes/:number", "/episodes/9", episodePage);
    expect(await screen.findByRole("heading", { level: 1, name: "Episode 9" })).toBeInTheDocument();
    const gate = screen.getByRole("region", { name: "You haven’t watched episode 9 yet" });
    expect(gate).toHaveTextContent("You have watched up to episode 4.");
    expect(screen.queryByText("Setup beat of episode 9.")).toBeNull();
    expect(screen.queryByRole("region", { name: "Synopsis" })).toBeNull();
    expect(screen.getByRole("navigation", { name: "Episodes" })).toBeInTheDocument();

    await userEvent.click(within(gate).getByRole("button", { name: "Continue to episode 9" }));
    expect(screen.getByRole("region", { name: "Synopsis" })).toHaveTextContent("Setup beat of episode 9.");
    expect(screen.queryByRole("region", { name: /haven’t watched/ })).toBeNull();
    // Continuing shows the page once; it does not change the setting.
    expect(readReaderSettings().watchedUpTo).toBe(4);
  });

  it("never gates episode 1: its setup is the premise every reader gets", async () => {
    renderRoute("/episodes/:number", "/episodes/1", episodePage);
    await screen.findByRole("heading", { level: 1, name: "Episode 1" });
    expect(screen.getByText("Setup beat of episode 1.")).toBeVisible();
    expect(screen.queryByRole("region", { name: /haven’t watched/ })).toBeNull();
  });

  it("moves the reader's setting up with “I’ve watched this”, lifting the gate", async () => {
    updateReaderSettings({ watchedUpTo: 2 });
    renderRoute("/episodes/:number", "/episodes/5", episodePage);
    await screen.findByRole("region", { name: "You haven’t watched episode 5 yet" });
    await userEvent.click(screen.getByRole("button", { name: "I’ve watched this" }));
    expect(readReaderSettings().watchedUpTo).toBe(5);
    expect(screen.getByRole("status")).toHaveTextContent("Watched: you are up to episode 5.");
    expect(screen.getByText("Setup beat of episode 5.")).toBeVisible();
    expect(screen.queryByRole("button", { name: "I’ve watched this" })).toBeNull();
  });

  it("says when no title or song is known instead of guessing", async () => {
    updateReaderSettings({ watchedUpTo: 10 });
    renderRoute("/episodes/:number", "/episodes/3", episodePage);
    await screen.findByRole("heading", { level: 1, name: "Episode 3" });
    expect(screen.getAllByText("not known").length).toBeGreaterThanOrEqual(2);
    expect(screen.getByText(/No song is tied to this episode/)).toBeInTheDocument();
  });

  it("collects the twists the episode reveals from every entity, once watched", async () => {
    updateReaderSettings({ watchedUpTo: 5 });
    renderRoute("/episodes/:number", "/episodes/5", episodePage);
    const section = await screen.findByRole("region", { name: "Revealed in this episode" });
    expect(section).toHaveTextContent("Toya Shinzaki is half-brother of Naoki Fujitani.");
  });

  it("leaves the section out of an episode that reveals nothing", async () => {
    updateReaderSettings({ watchedUpTo: 10 });
    renderRoute("/episodes/:number", "/episodes/3", episodePage);
    await screen.findByRole("heading", { level: 1, name: "Episode 3" });
    expect(screen.getByRole("region", { name: "Synopsis" })).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "Revealed in this episode" })).toBeNull();
  });

  it.each(["0", "11", "abc", "1.5", "08"])("shows the 404 page for /episodes/%s", async (number) => {
    renderRoute("/episodes/:number", `/episodes/${number}`, episodePage);
    expect(await screen.findByRole("heading", { level: 1, name: "Page not found" })).toBeInTheDocument();
  });
});
