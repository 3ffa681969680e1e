import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderRoute } from "../../test/render-route";
import * as personList from "./person-list-page";
import * as personPage from "./person-page";

describe("people pages", () => {
  it("groups the cast and crew", async () => {
    renderRoute("/people", "/people", personList);
    await screen.findByRole("heading", { level: 1, name: "Cast & crew" });
    expect(screen.getByRole("heading", { level: 2, name: "Cast" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Yu Miyazaki" })).toHaveAttribute("href", "/people/yu-miyazaki");
  });

  it("links an actor back to the character they play", async () => {
    renderRoute("/people/:slug", "/people/takeru-satoh", personPage);
    await screen.findByRole("heading", { level: 1, name: "Takeru Satoh" });
    expect(screen.getByRole("link", { name: "Naoki Fujitani" })).toHaveAttribute("href", "/characters/naoki-fujitani");
    expect(screen.getByText(/actor; executive producer/)).toBeInTheDocument();
  });
});
