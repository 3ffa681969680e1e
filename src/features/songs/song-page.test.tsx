import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderRoute } from "../../test/render-route";
import * as songList from "./song-list-page";
import * as songPage from "./song-page";

describe("song pages", () => {
  it("lists the album with its tracks in order", async () => {
    renderRoute("/songs", "/songs", songList);
    await screen.findByRole("heading", { level: 1, name: "Songs" });
    expect(screen.getByRole("heading", { level: 2, name: "Glass Heart (album by TENBLANK)" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "MATRIX" })).toHaveAttribute("href", "/songs/matrix");
  });

  it("shows a song with its album position and unknown credits said plainly", async () => {
    renderRoute("/songs/:slug", "/songs/matrix", songPage);
    await screen.findByRole("heading", { level: 1, name: "MATRIX" });
    expect(screen.getByText(/, track 1/)).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Credits" })).toHaveTextContent("Not known.");
  });
});
