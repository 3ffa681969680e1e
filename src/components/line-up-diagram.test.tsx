import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import { updateReaderSettings } from "../lib/reader-settings";
import type { LineUpMember } from "./line-up";
import { LineUpDiagram } from "./line-up-diagram";

const src = ["example-news"];

const tenblank: LineUpMember[] = [
  {
    character: { id: "naoki-fujitani", name: { given: "Naoki", family: "Fujitani" } },
    membership: { band: "tenblank", role: "leader", instruments: ["vocals", "bass", "piano"], sources: src },
  },
  {
    character: { id: "akane-saijo", name: { given: "Akane", family: "Saijō" } },
    membership: { band: "tenblank", role: "member", instruments: ["drums"], sources: src },
  },
  {
    character: { id: "sho-takaoka", name: { given: "Shō", family: "Takaoka" } },
    membership: { band: "tenblank", role: "member", instruments: ["guitar"], sources: src },
  },
  {
    character: { id: "kazushi-sakamoto", name: { given: "Kazushi", family: "Sakamoto" } },
    membership: { band: "tenblank", role: "member", instruments: ["keyboards", "piano", "bass"], sources: src },
  },
  {
    character: { id: "miyako-kai", name: { given: "Miyako", family: "Kai" } },
    membership: { band: "tenblank", role: "manager", instruments: [], sources: src },
  },
  {
    character: { id: "toya-shinzaki", name: { given: "Tōya", family: "Shinzaki" } },
    membership: { band: "tenblank", role: "member", instruments: ["vocals"], revealedIn: 9, sources: src },
  },
];

const renderDiagram = (members: readonly LineUpMember[] = tenblank) =>
  render(
    <MemoryRouter>
      <LineUpDiagram bandId="tenblank" members={members} />
    </MemoryRouter>,
  );

/** What a screen reader reads out for an element: its text without the parts hidden from it (the avatars). */
function spokenText(element: HTMLElement): string {
  const copy = element.cloneNode(true);
  if (!(copy instanceof HTMLElement)) return "";
  for (const hidden of copy.querySelectorAll("[aria-hidden='true']")) hidden.remove();
  return copy.textContent;
}

/** The list of members in a named area of the plot (back, front, off stage, later). */
const listIn = (area: string) => within(screen.getByRole("group", { name: area })).getByRole("list");

const itemsOf = (list: HTMLElement) => within(list).getAllByRole("listitem").map(spokenText);

describe("LineUpDiagram", () => {
  it("lists every member with their part and a link to their page, by where they stand", () => {
    renderDiagram();
    const back = listIn("Back of the stage");
    const front = listIn("Front of the stage");
    const off = listIn("Off stage");
    expect(itemsOf(back)).toEqual(["Kazushi Sakamoto: keyboards, piano, bass", "Akane Saijo: drums"]);
    // Left to right as the audience sees it: guitar, the singer, and so on.
    expect(itemsOf(front)).toEqual(["Sho Takaoka: guitar", "Naoki Fujitani: vocals, bass, piano (leader)"]);
    expect(itemsOf(off)).toEqual(["Miyako Kai: manager"]);

    expect(within(front).getByRole("link", { name: "Naoki Fujitani" })).toHaveAttribute(
      "href",
      "/characters/naoki-fujitani",
    );
    expect(within(back).getByRole("link", { name: "Akane Saijo" })).toHaveAttribute("href", "/characters/akane-saijo");
    expect(within(back).getByRole("link", { name: "Kazushi Sakamoto" })).toBeInTheDocument();
    expect(within(front).getByRole("link", { name: "Sho Takaoka" })).toBeInTheDocument();
    expect(within(off).getByRole("link", { name: "Miyako Kai" })).toHaveAttribute("href", "/characters/miyako-kai");
  });

  it("keeps a membership the reader has not reached off the stage, behind the spoiler marker", async () => {
    renderDiagram();
    expect(screen.queryByText(/Shinzaki/)).toBeNull();
    const later = listIn("Later in the story");
    const button = within(later).getByRole("button", { name: "Show anyway" });
    expect(button).toHaveAccessibleDescription("Revealed in episode 9");

    await userEvent.click(button);
    expect(within(later).getByRole("link", { name: "Toya Shinzaki" })).toHaveAttribute(
      "href",
      "/characters/toya-shinzaki",
    );
    expect(itemsOf(later)).toEqual(["Toya Shinzaki: vocals"]);
  });

  it("puts the member on the stage once the reader's setting reveals them", () => {
    renderDiagram();
    act(() => {
      updateReaderSettings({ watchedUpTo: 9 });
    });
    expect(screen.queryByRole("group", { name: "Later in the story" })).toBeNull();
    const front = listIn("Front of the stage");
    expect(within(front).getByRole("link", { name: "Toya Shinzaki" })).toBeInTheDocument();
    expect(itemsOf(front)).toContain("Toya Shinzaki: vocals");
  });

  it("names the names in the reader's order", () => {
    updateReaderSettings({ names: { order: "family-first", macrons: true } });
    renderDiagram();
    expect(screen.getByRole("link", { name: "Saijō Akane" })).toBeInTheDocument();
    expect(listIn("Front of the stage")).toHaveTextContent("Takaoka Shō: guitar");
  });

  it("says so when the sources name no member", () => {
    renderDiagram([]);
    expect(screen.getByText("No members are named in the sources.")).toBeInTheDocument();
    expect(screen.queryByRole("list")).toBeNull();
  });
});
