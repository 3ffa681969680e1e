import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderToString } from "react-dom/server";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import { SiteMenu } from "./site-menu";

const SECTIONS = [
  { to: "/characters", label: "Characters" },
  { to: "/bands", label: "Bands" },
];

const menu = (
  <MemoryRouter initialEntries={["/bands"]}>
    <SiteMenu sections={SECTIONS} />
  </MemoryRouter>
);

describe("SiteMenu", () => {
  it("is a <details> menu in the prerendered HTML, so it opens without JavaScript", () => {
    const container = document.createElement("div");
    container.innerHTML = renderToString(menu);
    const nav = within(container).getByRole("navigation", { name: "Main" });
    expect(nav.querySelector("details > summary")).toHaveTextContent("Menu");
    expect(nav.querySelector("details a[href='/characters']")).not.toBeNull();
  });

  it("becomes a button with aria-expanded that opens the links and closes with Escape, returning focus", async () => {
    const user = userEvent.setup();
    render(menu);
    const nav = screen.getByRole("navigation", { name: "Main" });
    const toggle = within(nav).getByRole("button", { name: "Menu" });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    const list = document.getElementById(toggle.getAttribute("aria-controls") ?? "");
    expect(list).not.toBeNull();
    expect(list).not.toHaveClass("menu-panel");

    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    expect(list).toHaveClass("menu-panel");
    expect(within(nav).getByRole("link", { name: "Bands" })).toHaveAttribute("aria-current", "page");

    await user.tab();
    expect(within(nav).getByRole("link", { name: "Characters" })).toHaveFocus();
    await user.keyboard("{Escape}");
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    expect(toggle).toHaveFocus();
  });

  it("closes when the reader follows a link or clicks elsewhere", async () => {
    const user = userEvent.setup();
    render(
      <>
        {menu}
        <p>Elsewhere</p>
      </>,
    );
    const toggle = screen.getByRole("button", { name: "Menu" });
    await user.click(toggle);
    await user.click(screen.getByRole("link", { name: "Characters" }));
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    await user.click(toggle);
    await user.click(screen.getByText("Elsewhere"));
    expect(toggle).toHaveAttribute("aria-expanded", "false");
  });
});
