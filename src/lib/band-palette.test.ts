import { describe, expect, it } from "vitest";
import bands from "../data/bands.json";
import { bandPalette } from "./band-palette";

describe("bandPalette", () => {
  it("gives TENBLANK and OVER CHROME palettes of their own", () => {
    expect(bandPalette("tenblank").fill).toBe("fill-band-tenblank");
    expect(bandPalette("over-chrome").text).toBe("text-band-over-chrome");
    expect(bandPalette("tenblank")).not.toEqual(bandPalette("over-chrome"));
  });

  it("falls back to the neutral palette for a band without one, or none", () => {
    expect(bandPalette("akanes-former-band")).toEqual(bandPalette(undefined));
    expect(bandPalette("no-such-band").bg).toBe("bg-band-other");
  });

  it("has a palette, own or neutral, for every band in the data", () => {
    for (const band of bands) expect(bandPalette(band.id).border).toMatch(/^border-band-/);
  });
});
