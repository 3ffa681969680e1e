import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { READER_SETTINGS_KEY, readReaderSettings, updateReaderSettings } from "../../lib/reader-settings";
import { renderRoute } from "../../test/render-route";
import * as settingsPage from "./settings-page";

describe("settings page", () => {
  it("shows the defaults to a new reader", async () => {
    renderRoute("/settings", "/settings", settingsPage);
    await screen.findByRole("heading", { level: 1, name: "Reading settings" });
    expect(screen.getByRole("combobox", { name: "Watched up to" })).toHaveDisplayValue("None yet");
    expect(screen.getByRole("radio", { name: "Given name first (Naoki Fujitani)" })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: /macrons/ })).not.toBeChecked();
  });

  it("saves each choice as it is made", async () => {
    renderRoute("/settings", "/settings", settingsPage);
    await screen.findByRole("heading", { level: 1, name: "Reading settings" });
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Watched up to" }), "Episode 4");
    await userEvent.click(screen.getByRole("radio", { name: "Family name first (Fujitani Naoki)" }));
    await userEvent.click(screen.getByRole("checkbox", { name: /macrons/ }));
    expect(readReaderSettings()).toEqual({ watchedUpTo: 4, names: { order: "family-first", macrons: true } });
    expect(screen.getByRole("radio", { name: "Family name first (Fujitani Naoki)" })).toBeChecked();
  });

  it("offers every episode, from none to all", async () => {
    renderRoute("/settings", "/settings", settingsPage);
    const select = await screen.findByRole("combobox", { name: "Watched up to" });
    const labels = Array.from((select as HTMLSelectElement).options, (o) => o.text);
    expect(labels).toEqual(["None yet", ...Array.from({ length: 9 }, (_, i) => `Episode ${i + 1}`), "All episodes"]);
  });

  it("resets both settings and says so", async () => {
    updateReaderSettings({ watchedUpTo: 7, names: { order: "family-first", macrons: true } });
    renderRoute("/settings", "/settings", settingsPage);
    await userEvent.click(await screen.findByRole("button", { name: "Reset settings" }));
    expect(screen.getByRole("combobox", { name: "Watched up to" })).toHaveDisplayValue("None yet");
    expect(screen.getByRole("radio", { name: "Given name first (Naoki Fujitani)" })).toBeChecked();
    expect(screen.getByRole("status")).toHaveTextContent("Settings reset");
    expect(localStorage.getItem(READER_SETTINGS_KEY)).toBeNull();
  });

  it("shows the defaults when the stored value is corrupted", async () => {
    localStorage.setItem(READER_SETTINGS_KEY, "not json at all");
    renderRoute("/settings", "/settings", settingsPage);
    expect(await screen.findByRole("combobox", { name: "Watched up to" })).toHaveDisplayValue("None yet");
    expect(screen.getByRole("radio", { name: "Given name first (Naoki Fujitani)" })).toBeChecked();
  });
});
