import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Tabs } from "./tabs";

const tabs = (
  <Tabs
    label="Bands"
    tabs={[
      { key: "a", label: "TENBLANK", href: "/bands/tenblank", panel: <p>Red line-up</p> },
      { key: "b", label: "OVER CHROME", href: "/bands/over-chrome", panel: <p>Blue line-up</p> },
      { key: "c", label: "Z-OUT", href: "/bands/z-out", panel: <p>Gold line-up</p> },
    ]}
  />
);

describe("Tabs", () => {
  it("are links to each page in the prerendered HTML, with the first panel shown", () => {
    const container = document.createElement("div");
    container.innerHTML = renderToString(tabs);
    document.body.append(container);
    const tab = within(container).getByRole("tab", { name: "OVER CHROME" });
    expect(tab).toHaveAttribute("href", "/bands/over-chrome");
    expect(tab).not.toHaveAttribute("tabindex");
    expect(within(container).getByRole("tabpanel", { name: "TENBLANK" })).toHaveTextContent("Red line-up");
    container.remove();
  });

  it("switch panels by click and by arrow keys, Home and End, with roving focus", async () => {
    const user = userEvent.setup();
    render(tabs);
    const list = screen.getByRole("tablist", { name: "Bands" });
    const [first, second, third] = within(list).getAllByRole("tab");
    expect(first).toHaveAttribute("aria-selected", "true");
    expect(first).toHaveAttribute("tabindex", "0");
    expect(second).toHaveAttribute("tabindex", "-1");

    await user.click(within(list).getByRole("tab", { name: "OVER CHROME" }));
    expect(second).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("tabpanel", { name: "OVER CHROME" })).toHaveTextContent("Blue line-up");
    expect(screen.queryByText("Red line-up")).not.toBeVisible();

    await user.keyboard("{ArrowRight}");
    expect(third).toHaveFocus();
    expect(screen.getByRole("tabpanel", { name: "Z-OUT" })).toBeVisible();
    await user.keyboard("{ArrowRight}");
    expect(first).toHaveFocus();
    await user.keyboard("{End}");
    expect(third).toHaveAttribute("aria-selected", "true");
    await user.keyboard("{Home}");
    expect(first).toHaveAttribute("aria-selected", "true");
    await user.keyboard("{ArrowLeft}");
    expect(third).toHaveFocus();
  });
});
