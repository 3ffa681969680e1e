import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { updateReaderSettings } from "../../lib/reader-settings";
import { fixtureDataset } from "../../test/fixture-dataset";
import { renderRoute } from "../../test/render-route";
import * as relationshipsPage from "./relationships-page";

const map = () => screen.getByRole("group", { name: "Relationship map" });
// Ties are drawn as decoration (the list below is their text): the map marks each with its id.
const nodeNames = (names: readonly string[]) => {
  // Each node's only name is the character's; the avatar's initials are hidden from assistive technology.
  expect(within(map()).getAllByRole("link")).toHaveLength(names.length);
  for (const name of names) expect(within(map()).getByRole("link", { name })).toBeInTheDocument();
};
const drawnTies = () => [...map().querySelectorAll("[data-edge]")].map((edge) => edge.getAttribute("data-edge"));

async function open(url = "/relationships") {
  renderRoute("/relationships", url, relationshipsPage);
  await screen.findByRole("heading", { level: 1, name: "Relationships" });
}

describe("relationships page", () => {
  it("draws every character as a link to their page, and every tie from the data", async () => {
    updateReaderSettings({ watchedUpTo: 10 });
    await open();
    nodeNames(["Naoki Fujitani", "Akane Saijo", "Toya Shinzaki"]);
    expect(within(map()).getByRole("link", { name: "Toya Shinzaki" })).toHaveAttribute(
      "href",
      "/characters/toya-shinzaki",
    );
    expect(drawnTies().sort()).toEqual([
      "akane-saijo:in-love-with:naoki-fujitani",
      "naoki-fujitani:bandmate-tenblank:akane-saijo",
      "naoki-fujitani:recruiter:akane-saijo",
      "toya-shinzaki:half-brother:naoki-fujitani",
    ]);
    // The same ties as text, each from both sides with the right label.
    const list = screen.getByRole("region", { name: "Every tie, as a list" });
    const naoki = within(list).getByRole("region", { name: "Naoki Fujitani" });
    expect(naoki).toHaveTextContent("Recruited Akane Saijo");
    expect(naoki).toHaveTextContent("Half-brother of Toya Shinzaki");
    expect(naoki).toHaveTextContent("Loved by Akane Saijo");
    expect(naoki).toHaveTextContent("Plays in TENBLANK with Akane Saijo");
    expect(within(list).getByRole("region", { name: "Akane Saijo" })).toHaveTextContent("Recruited by Naoki Fujitani");
  });

  it("hides a tie until the reader has watched the episode that reveals it", async () => {
    updateReaderSettings({ watchedUpTo: 4 });
    await open();
    expect(drawnTies()).toContain("akane-saijo:in-love-with:naoki-fujitani");
    expect(drawnTies()).not.toContain("toya-shinzaki:half-brother:naoki-fujitani");
    expect(screen.getByText(/One tie is revealed in episodes after/)).toBeInTheDocument();
    const list = screen.getByRole("region", { name: "Every tie, as a list" });
    expect(list).not.toHaveTextContent(/half-brother/i);

    // The list keeps the standard marker, which shows the one tie on request.
    const toya = within(list).getByRole("region", { name: "Toya Shinzaki" });
    await userEvent.click(within(toya).getByRole("button", { name: "Show anyway" }));
    expect(toya).toHaveTextContent("Half-brother of Naoki Fujitani");

    act(() => {
      updateReaderSettings({ watchedUpTo: 3 });
    });
    expect(drawnTies()).not.toContain("akane-saijo:in-love-with:naoki-fujitani");
    expect(screen.getByText(/2 ties are revealed/)).toBeInTheDocument();

    act(() => {
      updateReaderSettings({ watchedUpTo: 5 });
    });
    expect(drawnTies()).toContain("toya-shinzaki:half-brother:naoki-fujitani");
    expect(screen.queryByText(/revealed in episodes after/)).toBeNull();
  });

  it("shows one band's members and the ties between them when filtered by band", async () => {
    updateReaderSettings({ watchedUpTo: 10 });
    await open("/relationships?band=tenblank");
    expect(screen.getByRole("status")).toHaveTextContent("Showing the members of TENBLANK.");
    nodeNames(["Naoki Fujitani", "Akane Saijo"]);
    expect(drawnTies()).not.toContain("toya-shinzaki:half-brother:naoki-fujitani");
    const filters = screen.getByRole("navigation", { name: "Show the map for" });
    expect(within(filters).getByRole("link", { name: "TENBLANK" })).toHaveAttribute("aria-current", "page");
    expect(within(filters).getByRole("link", { name: "OVER CHROME" })).toHaveAttribute(
      "href",
      "/relationships?band=over-chrome",
    );

    await userEvent.click(within(filters).getByRole("link", { name: "Everyone" }));
    expect(await screen.findByText("Showing every character.")).toBeInTheDocument();
    expect(within(map()).getAllByRole("link")).toHaveLength(3);
  });

  it("does not count a membership the reader has not reached", async () => {
    const data = fixtureDataset();
    const toya = data.characters.find((c) => c.id === "toya-shinzaki");
    toya?.memberships.push({
      band: "tenblank",
      role: "member",
      instruments: [],
      revealedIn: 9,
      sources: ["example-news"],
    });
    updateReaderSettings({ watchedUpTo: 8 });
    renderRoute("/relationships", "/relationships?band=tenblank", relationshipsPage, data);
    await screen.findByRole("heading", { level: 1, name: "Relationships" });
    expect(within(map()).queryByRole("link", { name: "Toya Shinzaki" })).toBeNull();
  });

  it("writes every name on the map in the reader's order", async () => {
    updateReaderSettings({ watchedUpTo: 10, names: { order: "family-first", macrons: true } });
    await open();
    expect(within(map()).getByRole("link", { name: "Saijō Akane" })).toHaveAttribute("href", "/characters/akane-saijo");
  });
});
