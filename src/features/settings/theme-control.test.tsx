import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { THEME_KEY } from "../../lib/theme";
import { ThemeControl } from "./theme-control";

afterEach(() => {
  window.localStorage.clear();
  document.documentElement.removeAttribute("data-theme");
});

describe("ThemeControl", () => {
  it("offers System, Light and Dark, starting from the stored choice", () => {
    window.localStorage.setItem(THEME_KEY, "light");
    render(<ThemeControl />);
    const select = screen.getByRole("combobox", { name: "Theme" });
    expect(select).toHaveValue("light");
    expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual(["System", "Light", "Dark"]);
  });

  it("applies and remembers a choice, and forgets it for System", async () => {
    render(<ThemeControl />);
    const select = screen.getByRole("combobox", { name: "Theme" });
    await userEvent.selectOptions(select, "Dark");
    expect(document.documentElement).toHaveAttribute("data-theme", "dark");
    expect(window.localStorage.getItem(THEME_KEY)).toBe("dark");
    await userEvent.selectOptions(select, "System");
    expect(document.documentElement).not.toHaveAttribute("data-theme");
    expect(window.localStorage.getItem(THEME_KEY)).toBeNull();
  });
});
