import { act, render, screen } from "@testing-library/react";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import type { Name } from "../data/schema";
import { updateReaderSettings } from "../lib/reader-settings";
import { contrast, themeColours } from "../test/theme-colours";
import { Avatar, CharacterAvatar } from "./avatar";
import { RevealUpTo } from "./spoiler";

const naoki: Name = { given: "Naoki", family: "Fujitani" };

/** The drawn avatar around some initials: it is hidden from the accessibility tree, so found by its text. */
const avatarWith = (initials: string) => {
  const svg = screen.getByText(initials).closest("svg");
  if (!svg) throw new Error(`No avatar shows ${initials}`);
  return svg;
};
const discOf = (initials: string) => avatarWith(initials).querySelector("circle");

describe("Avatar", () => {
  it("is a fixed-size drawing hidden from assistive technology", () => {
    render(<Avatar name={naoki} bandId="tenblank" size="lg" />);
    const svg = avatarWith("NF");
    expect(svg).toHaveAttribute("aria-hidden", "true");
    expect(svg).toHaveAttribute("width", "80");
    expect(svg).toHaveAttribute("height", "80");
    expect(screen.queryByRole("img")).toBeNull();
  });

  it("writes the initials in the reader's name order and spelling", () => {
    render(
      <>
        <Avatar name={naoki} bandId="tenblank" size="sm" />
        <Avatar name={{ given: "Ōsuke", family: "Saijō" }} bandId={undefined} size="sm" />
        <Avatar name={{ given: "CJ", family: "Baran", alwaysGivenFirst: true }} bandId={undefined} size="sm" />
        <Avatar name={{ given: "Reiji" }} bandId="z-out" size="sm" />
      </>,
    );
    expect(avatarWith("NF")).toBeInTheDocument();
    expect(avatarWith("OS")).toBeInTheDocument();
    expect(avatarWith("CB")).toBeInTheDocument();
    expect(avatarWith("R")).toBeInTheDocument();

    act(() => {
      updateReaderSettings({ names: { order: "family-first", macrons: true } });
    });
    expect(avatarWith("FN")).toBeInTheDocument();
    expect(avatarWith("SŌ")).toBeInTheDocument();
    // A Western name keeps its order whatever the reader prefers.
    expect(avatarWith("CB")).toBeInTheDocument();
    expect(screen.queryByText("NF")).toBeNull();
  });

  it("fills the disc with the band's colour, or the neutral one", () => {
    render(
      <>
        <Avatar name={naoki} bandId="tenblank" size="sm" />
        <Avatar name={{ given: "Tōya", family: "Shinzaki" }} bandId="over-chrome" size="sm" />
        <Avatar name={{ given: "Yukino", family: "Sakurai" }} bandId={undefined} size="sm" />
      </>,
    );
    expect(discOf("NF")).toHaveClass("fill-band-tenblank");
    expect(discOf("TS")).toHaveClass("fill-band-over-chrome");
    expect(discOf("YS")).toHaveClass("fill-band-other");
  });
});

describe("CharacterAvatar", () => {
  it("wears the first band the reader may see that has colours of its own", () => {
    render(
      <>
        <CharacterAvatar
          name={{ given: "Akane", family: "Saijō" }}
          memberships={[{ band: "akanes-former-band" }, { band: "tenblank" }]}
          size="sm"
        />
        <CharacterAvatar
          name={{ given: "Tōya", family: "Shinzaki" }}
          memberships={[{ band: "over-chrome" }, { band: "tenblank" }]}
          size="sm"
        />
        <CharacterAvatar name={{ given: "Yukino", family: "Sakurai" }} memberships={[]} size="sm" />
      </>,
    );
    expect(discOf("AS")).toHaveClass("fill-band-tenblank");
    expect(discOf("TS")).toHaveClass("fill-band-over-chrome");
    expect(discOf("YS")).toHaveClass("fill-band-other");
  });

  it("stays neutral for a membership the reader has not reached, until the setting reveals it", () => {
    const memberships = [{ band: "tenblank", revealedIn: 5 }];
    render(<CharacterAvatar name={naoki} memberships={memberships} size="sm" />);
    expect(discOf("NF")).toHaveClass("fill-band-other");
    expect(discOf("NF")).not.toHaveClass("fill-band-tenblank");

    act(() => {
      updateReaderSettings({ watchedUpTo: 4 });
    });
    expect(discOf("NF")).toHaveClass("fill-band-other");
    act(() => {
      updateReaderSettings({ watchedUpTo: 5 });
    });
    expect(discOf("NF")).toHaveClass("fill-band-tenblank");
  });

  it("wears an earlier, visible band while a later one is still a spoiler", () => {
    const memberships = [{ band: "tenblank", revealedIn: 8 }, { band: "over-chrome" }];
    render(<CharacterAvatar name={naoki} memberships={memberships} size="sm" />);
    expect(discOf("NF")).toHaveClass("fill-band-over-chrome");
    act(() => {
      updateReaderSettings({ watchedUpTo: 8 });
    });
    expect(discOf("NF")).toHaveClass("fill-band-tenblank");
  });

  it("follows an episode page the reader chose to open anyway", () => {
    render(
      <RevealUpTo episode={5}>
        <CharacterAvatar name={naoki} memberships={[{ band: "tenblank", revealedIn: 5 }]} size="sm" />
      </RevealUpTo>,
    );
    expect(discOf("NF")).toHaveClass("fill-band-tenblank");
  });

  it("is neutral in the prerendered HTML and takes the band colour after hydration, in the same box", async () => {
    const avatar = <CharacterAvatar name={naoki} memberships={[{ band: "tenblank", revealedIn: 5 }]} size="lg" />;
    updateReaderSettings({ watchedUpTo: 10 });
    const container = document.createElement("div");
    container.innerHTML = renderToString(avatar);
    document.body.append(container);
    expect(discOf("NF")).toHaveClass("fill-band-other");

    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const root = await act(() => Promise.resolve(hydrateRoot(container, avatar)));
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
    expect(discOf("NF")).toHaveClass("fill-band-tenblank");
    expect(avatarWith("NF")).toHaveAttribute("width", "80");
    act(() => {
      root.unmount();
    });
    container.remove();
  });
});

describe("Avatar colours", () => {
  it("keep the initials readable (4.5:1) on every band's disc, in every theme of app.css", () => {
    const bands = ["tenblank", "over-chrome", "z-out", undefined];
    render(
      <>
        {bands.map((band, i) => (
          <Avatar key={band ?? "none"} name={{ given: "ABCD"[i] ?? "" }} bandId={band} size="sm" />
        ))}
      </>,
    );
    const themes = themeColours();
    expect(themes.size).toBeGreaterThanOrEqual(2);
    // The colour utility a drawn part uses, as the token it reads (fill-band-tenblank → --color-band-tenblank).
    const token = (element: Element | null) => {
      const fill = [...(element?.classList ?? [])].find((c) => c.startsWith("fill-"));
      return `--color-${fill?.slice("fill-".length) ?? "missing"}`;
    };
    for (const letter of ["A", "B", "C", "D"]) {
      const svg = avatarWith(letter);
      const text = token(svg.querySelector("text"));
      const disc = token(svg.querySelector("circle"));
      for (const [selector, colours] of themes) {
        const ratio = contrast(colours.get(text) ?? "missing", colours.get(disc) ?? "missing");
        expect(ratio, `${text} on ${disc} under ${selector}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});
