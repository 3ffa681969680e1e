import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderRoute } from "../../test/render-route";
import { SearchBox } from "./search-box";

const routeWithBox = { default: () => <SearchBox /> };

describe("header search box", () => {
  it("is a combobox whose results appear as the reader types, grouped, with hints", async () => {
    renderRoute("/", "/", routeWithBox);
    const box = await screen.findByRole("combobox", { name: "Search the wiki" });
    expect(box).toHaveAttribute("aria-expanded", "false");
    await userEvent.type(box, "Satoh");
    const first = await screen.findByRole("option", { name: /^Takeru Satoh/ });
    expect(first).toHaveTextContent("actor of Naoki Fujitani");
    expect(box).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByRole("group", { name: "Cast & crew" })).toContainElement(first);
  });

  it("moves with the arrow keys and closes with Escape", async () => {
    renderRoute("/", "/", routeWithBox);
    const box = await screen.findByRole("combobox", { name: "Search the wiki" });
    await userEvent.type(box, "toya");
    await screen.findByRole("option", { name: /^Toya Shinzaki/ });
    await userEvent.keyboard("{ArrowDown}");
    const active = screen.getByRole("option", { selected: true });
    expect(active).toHaveTextContent("Toya Shinzaki");
    expect(box).toHaveAttribute("aria-activedescendant", active.id);
    await userEvent.keyboard("{Escape}");
    expect(box).toHaveAttribute("aria-expanded", "false");
    expect(box).toHaveValue("toya");
  });

  it("is focused by / from anywhere on the page", async () => {
    renderRoute("/", "/", routeWithBox);
    const box = await screen.findByRole("combobox", { name: "Search the wiki" });
    await userEvent.keyboard("/");
    expect(box).toHaveFocus();
    expect(box).toHaveValue("");
  });

  it("works without JavaScript as a form that opens the results page", async () => {
    renderRoute("/", "/", routeWithBox);
    const box = await screen.findByRole("combobox", { name: "Search the wiki" });
    expect(box).toHaveAttribute("name", "q");
    expect(screen.getByRole("search")).toHaveAttribute("action", "/search");
  });
});
