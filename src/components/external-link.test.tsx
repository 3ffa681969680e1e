import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ExternalLink } from "./external-link";

describe("ExternalLink", () => {
  it("opens another site in a new tab, safely, and says so", () => {
    render(
      <ExternalLink href="https://news.example.org/a" lang="ja">
        An article
      </ExternalLink>,
    );
    const link = screen.getByRole("link", { name: "An article (opens in a new tab)" });
    expect(link).toHaveAttribute("href", "https://news.example.org/a");
    expect(link).toHaveAttribute("target", "_blank");
    expect(link).toHaveAttribute("rel", "noopener noreferrer");
    expect(link).toHaveAttribute("lang", "ja");
    expect(link.querySelector("svg")).toHaveAttribute("aria-hidden", "true");
  });
});
