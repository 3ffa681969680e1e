import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
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
    renderRoute("/episodes/:number", "/episodes/8", episodePage);
    expect(await screen.findByRole("heading", { level: 1, name: "Episode 8" })).toBeInTheDocument();
    expect(screen.getByText("Setup beat of episode 8.")).toBeVisible();
    expect(screen.getByRole("link", { name: "Akane Saijo" })).toHaveAttribute("href", "/characters/akane-saijo");
    expect(screen.getByRole("link", { name: "← Episode 7" })).toHaveAttribute("href", "/episodes/7");
    expect(screen.getByRole("link", { name: "Episode 9 →" })).toHaveAttribute("href", "/episodes/9");
  });

  it("says when no title or song is known instead of guessing", async () => {
    renderRoute("/episodes/:number", "/episodes/3", episodePage);
    await screen.findByRole("heading", { level: 1, name: "Episode 3" });
    expect(screen.getAllByText("not known").length).toBeGreaterThanOrEqual(2);
    expect(screen.getByText(/No song is tied to this episode/)).toBeInTheDocument();
  });

  it("collects the twists the episode reveals from every entity, kept closed", async () => {
    renderRoute("/episodes/:number", "/episodes/5", episodePage);
    const section = await screen.findByRole("region", { name: "Revealed in this episode" });
    expect(section).toHaveTextContent("Toya Shinzaki is half-brother of Naoki Fujitani.");
    expect(screen.getByText(/is half-brother of/)).not.toBeVisible();
  });

  it("leaves the section out of an episode that reveals nothing", async () => {
    renderRoute("/episodes/:number", "/episodes/3", episodePage);
    await screen.findByRole("heading", { level: 1, name: "Episode 3" });
    expect(screen.queryByRole("region", { name: "Revealed in this episode" })).toBeNull();
  });

  it.each(["0", "11", "abc", "1.5", "08"])("shows the 404 page for /episodes/%s", async (number) => {
    renderRoute("/episodes/:number", `/episodes/${number}`, episodePage);
    expect(await screen.findByRole("heading", { level: 1, name: "Page not found" })).toBeInTheDocument();
  });
});
