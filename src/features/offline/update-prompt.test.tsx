import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { OnUpdate } from "./register-service-worker";
import { UpdatePrompt } from "./update-prompt";

/** Renders the prompt with a stand-in for the service worker; returns a way to announce a new version. */
function renderWithWorker() {
  let announce: OnUpdate = () => undefined;
  const startOffline = vi.fn((onUpdate: OnUpdate) => {
    announce = onUpdate;
  });
  const activate = vi.fn();
  render(<UpdatePrompt startOffline={startOffline} />);
  return {
    startOffline,
    activate,
    newVersion: () => {
      act(() => {
        announce(activate);
      });
    },
  };
}

describe("UpdatePrompt", () => {
  it("starts the service worker once, and says nothing while there is no new version", () => {
    const { startOffline } = renderWithWorker();
    expect(startOffline).toHaveBeenCalledTimes(1);
    expect(screen.getByRole("status")).toBeEmptyDOMElement();
    expect(screen.queryByRole("button")).not.toBeInTheDocument();
  });

  it("announces a new version politely and switches to it only on Reload", async () => {
    const user = userEvent.setup();
    const { newVersion, activate } = renderWithWorker();
    newVersion();
    const status = screen.getByRole("status");
    expect(status).toHaveTextContent("Update available");
    expect(activate).not.toHaveBeenCalled();

    await user.tab();
    expect(screen.getByRole("button", { name: "Reload" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(activate).toHaveBeenCalledTimes(1);
  });

  it("goes away on Later without switching, and comes back for the next version", async () => {
    const user = userEvent.setup();
    const { newVersion, activate } = renderWithWorker();
    newVersion();
    await user.click(screen.getByRole("button", { name: "Later" }));
    expect(screen.getByRole("status")).toBeEmptyDOMElement();
    expect(activate).not.toHaveBeenCalled();

    newVersion();
    expect(screen.getByRole("status")).toHaveTextContent("Update available");
  });
});
