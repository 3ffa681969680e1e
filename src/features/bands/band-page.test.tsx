import userEvent from "@testing-library/user-event";
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderRoute } from "../../test/render-route";
import * as bandList from "./band-list-page";
import * as bandPage from "./band-page";
import * as membersPage from "./members-page";

describe("band pages", () => {
  it("lists the bands", async () => {
    renderRoute("/bands", "/bands", bandList);
    await screen.findByRole("heading", { level: 1, name: "Bands" });
    expect(screen.getByRole("link", { name: "OVER CHROME" })).toHaveAttribute("href", "/bands/over-chrome");
  });

  it("shows a band's line-up derived from the characters, and its real-life section apart", async () => {
    renderRoute("/bands/:slug", "/bands/tenblank", bandPage);
    await screen.findByRole("heading", { level: 1, name: "TENBLANK" });
    const lineUp = screen.getByRole("region", { name: "Line-up" });
    expect(within(lineUp).getByRole("link", { name: "Naoki Fujitani" })).toBeInTheDocument();
    // Drawn as a stage plot: the drummer at the back, the singing leader in front.
    expect(within(lineUp).getByRole("group", { name: "Back of the stage" })).toHaveTextContent("drums");
    expect(within(lineUp).getByRole("group", { name: "Front of the stage" })).toHaveTextContent(
      "vocals, bass (leader)",
    );
    expect(screen.getByRole("region", { name: "In real life" })).toHaveTextContent("Album released.");
    expect(screen.getByRole("region", { name: "Performances" })).toHaveTextContent("First live. (Hibiya)");
  });

  it("groups band members by band with their instruments", async () => {
    renderRoute("/members", "/members", membersPage);
    await screen.findByRole("heading", { level: 1, name: "Band members" });
    const tabs = screen.getByRole("tablist", { name: "Bands" });
    expect(within(tabs).getByRole("tab", { name: "TENBLANK" })).toHaveAttribute("aria-selected", "true");
    await userEvent.click(within(tabs).getByRole("tab", { name: "OVER CHROME" }));
    const overChrome = screen.getByRole("tabpanel", { name: "OVER CHROME" });
    expect(within(overChrome).getByRole("link", { name: "Toya Shinzaki" })).toBeInTheDocument();
    expect(overChrome).toHaveTextContent("vocals");
  });

  it("shows the 404 page for an unknown band", async () => {
    renderRoute("/bands/:slug", "/bands/over-chrom", bandPage);
    expect(await screen.findByRole("heading", { level: 1, name: "Page not found" })).toBeInTheDocument();
  });
});
