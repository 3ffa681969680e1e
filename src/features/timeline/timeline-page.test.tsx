import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { updateReaderSettings } from "../../lib/reader-settings";
import { fixtureDataset } from "../../test/fixture-dataset";
import { renderRoute } from "../../test/render-route";
import * as timelinePage from "./timeline-page";

function dataWithSongs() {
  const data = fixtureDataset();
  const [first, , third] = data.episodes;
  first?.songs.push({ song: "matrix", note: "Played at the debut concert.", sources: ["example-news"] });
  third?.songs.push({ song: "matrix", sources: ["example-news"] });
  third?.beats.push({ text: "A twist seen in episode 3.", characters: [], revealedIn: 3, sources: ["example-news"] });
  return data;
}

const episode = (n: number) =>
  screen.getByRole("heading", { level: 2, name: new RegExp(`^Episode ${String(n)}\\b`) }).closest("li");

async function open() {
  renderRoute("/timeline", "/timeline", timelinePage, dataWithSongs());
  await screen.findByRole("heading", { level: 1, name: "Timeline" });
}

describe("timeline page", () => {
  it("lists the ten episodes in order, each event linking to its episode and each song to its page", async () => {
    updateReaderSettings({ watchedUpTo: 10 });
    await open();
    const headings = screen.getAllByRole("heading", { level: 2 });
    expect(headings.map((h) => h.textContent)).toEqual([
      ...Array.from({ length: 9 }, (_, i) => `Episode ${String(i + 1)}`),
      "Episode 10: Glass Heart",
    ]);
    const third = episode(3);
    if (!third) throw new Error("episode 3 missing");
    expect(within(third).getByRole("link", { name: "Episode 3" })).toHaveAttribute("href", "/episodes/3");
    expect(within(third).getByRole("link", { name: "A twist seen in episode 3." })).toHaveAttribute(
      "href",
      "/episodes/3",
    );
    expect(within(third).getByRole("link", { name: "MATRIX" })).toHaveAttribute("href", "/songs/matrix");
  });

  it("keeps the events of episodes the reader has not watched behind a marker", async () => {
    updateReaderSettings({ watchedUpTo: 2 });
    await open();
    const first = episode(1);
    const third = episode(3);
    if (!first || !third) throw new Error("episode missing");
    // Episode 1 is the premise; later episodes wait for the setting.
    expect(within(first).getByRole("link", { name: "Setup beat of episode 1." })).toBeVisible();
    expect(first).toHaveTextContent("Played at the debut concert.");
    expect(within(episode(2) ?? document.body).getByRole("link", { name: "Setup beat of episode 2." })).toBeVisible();
    expect(third).not.toHaveTextContent("A twist seen in episode 3.");
    expect(within(third).queryByRole("link", { name: "MATRIX" })).toBeNull();
    const button = within(third).getByRole("button", { name: "Show anyway" });
    expect(button).toHaveAccessibleDescription("Revealed in episode 3");

    await userEvent.click(button);
    expect(within(third).getByRole("link", { name: "A twist seen in episode 3." })).toBeVisible();
    expect(within(episode(4) ?? document.body).queryByRole("link", { name: /Setup beat/ })).toBeNull();

    act(() => {
      updateReaderSettings({ watchedUpTo: 10 });
    });
    expect(screen.queryByRole("button", { name: "Show anyway" })).toBeNull();
    expect(within(episode(10) ?? document.body).getByRole("link", { name: "Setup beat of episode 10." })).toBeVisible();
  });
});
