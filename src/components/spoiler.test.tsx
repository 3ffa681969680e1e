import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { updateReaderSettings } from "../lib/reader-settings";
import { RevealUpTo, Spoiler } from "./spoiler";

const twist = (
  <Spoiler revealedIn={5}>
    <p>He is her half-brother.</p>
  </Spoiler>
);

describe("Spoiler", () => {
  it("keeps the twist in a closed <details> in the prerendered HTML, whatever is stored", () => {
    updateReaderSettings({ watchedUpTo: 10 });
    const html = renderToString(twist);
    expect(html).toMatch(/^<details><summary[^>]*>Revealed in episode <!-- -->5<\/summary>/);
    expect(html).not.toMatch(/<details[^>]*open/);
  });

  it("hydrates without a mismatch, then applies the stored setting", async () => {
    const container = document.createElement("div");
    container.innerHTML = renderToString(twist);
    document.body.append(container);
    expect(screen.getByText("He is her half-brother.")).not.toBeVisible();

    updateReaderSettings({ watchedUpTo: 5 });
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const root = await act(() => Promise.resolve(hydrateRoot(container, twist)));
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
    expect(screen.getByText("He is her half-brother.")).toBeVisible();
    expect(container.querySelector("details")).toBeNull();
    act(() => {
      root.unmount();
    });
    container.remove();
  });

  it("once the page runs, leaves the twist out of the page behind a marker and a button", async () => {
    render(twist);
    expect(screen.queryByText("He is her half-brother.")).toBeNull();
    const button = screen.getByRole("button", { name: "Show anyway" });
    expect(button).toHaveAccessibleDescription("Revealed in episode 5");

    button.focus();
    await userEvent.keyboard("{Enter}");
    expect(screen.getByText("He is her half-brother.")).toBeVisible();
    expect(screen.getByText("He is her half-brother.").parentElement).toHaveFocus();
  });

  it("shows the twist from the episode that reveals it, and hides it again if the reader steps back", () => {
    updateReaderSettings({ watchedUpTo: 4 });
    render(twist);
    expect(screen.queryByText("He is her half-brother.")).toBeNull();
    act(() => {
      updateReaderSettings({ watchedUpTo: 5 });
    });
    expect(screen.getByText("He is her half-brother.")).toBeVisible();
    act(() => {
      updateReaderSettings({ watchedUpTo: 4 });
    });
    expect(screen.queryByText("He is her half-brother.")).toBeNull();
  });

  it("shows what an episode page the reader continued to reveals", () => {
    render(<RevealUpTo episode={5}>{twist}</RevealUpTo>);
    expect(screen.getByText("He is her half-brother.")).toBeVisible();
  });
});
