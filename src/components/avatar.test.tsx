import { act, render, screen } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import type { Name } from "../data/schema";
import { updateReaderSettings } from "../lib/reader-settings";
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

/**
 * The colours each theme gives the design tokens, read from app.css: the light
 * values on `:root`, and every other `:root…` block (the dark theme, chosen or
 * from the system) laid over them.
 */
function themeColours(): Map<string, Map<string, string>> {
  const css = readFileSync("src/app.css", "utf8");
  const declarations = (body: string) =>
    new Map([...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1] ?? "", (m[2] ?? "").trim()]));
  const theme = declarations(/@theme\s*\{([^}]*)\}/.exec(css)?.[1] ?? "");
  const blocks = [...css.matchAll(/(:root[^{]*)\{([^}]*)\}/g)].map((m) => ({
    selector: (m[1] ?? "").trim(),
    values: declarations(m[2] ?? ""),
  }));
  const light = blocks.find((b) => b.selector === ":root")?.values ?? new Map<string, string>();
  const themes = new Map<string, Map<string, string>>();
  for (const block of blocks) {
    const values = new Map([...light, ...block.values]);
    const resolved = new Map<string, string>();
    for (const [token, value] of theme) {
      const variable = /^var\((--[\w-]+)\)$/.exec(value)?.[1];
      resolved.set(token, variable ? (values.get(variable) ?? value) : value);
    }
    themes.set(block.selector, resolved);
  }
  return themes;
}

function luminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const [r, g, b] = match.slice(1).map((channel) => {
    const c = parseInt(channel, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

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
