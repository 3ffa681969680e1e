// @vitest-environment node
import { Script } from "node:vm";
import { describe, expect, it } from "vitest";
import { deferBoot } from "./defer-boot";

const PAGE = `<html><head><link rel="modulepreload" href="/assets/manifest-1.js"/><link rel="modulepreload" href="/assets/entry.client-2.js"/><link rel="modulepreload" href="/assets/root-3.js"/></head><body><h1>Episode 8</h1><script type="module" async="">import "/assets/manifest-1.js";
import * as route0 from "/assets/root-3.js";
import * as route1 from "/assets/episode-page-4.js";
  
  window.__reactRouterRouteModules = {"root":route0,"features/episodes/episode-page":route1};

import("/assets/entry.client-2.js");</script></body></html>`;

describe("deferBoot", () => {
  it("moves the preloads and imports after the first paint, in the same order", () => {
    const html = deferBoot(PAGE);
    expect(html).not.toContain('<link rel="modulepreload"');
    expect(html).toContain("<h1>Episode 8</h1>");
    const script = /<script type="module">([\s\S]*)<\/script>/.exec(html)?.[1] ?? "";
    expect(script).toContain(
      'const preload = ["/assets/manifest-1.js","/assets/entry.client-2.js","/assets/root-3.js"];',
    );
    const order = [
      'await import("/assets/manifest-1.js")',
      'import("/assets/root-3.js")',
      "window.__reactRouterRouteModules",
      'await import("/assets/entry.client-2.js")',
    ];
    const positions = order.map((part) => script.indexOf(part));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(script).toContain("requestAnimationFrame(");
    // It must be valid JavaScript (compiled here, not run).
    expect(() => new Script(`(async () => {${script}})`)).not.toThrow();
  });

  it("stops the build if React Router's boot script changes shape", () => {
    expect(() => deferBoot(PAGE.replace("import * as route0", "import route0"), "episodes/8/index.html")).toThrow(
      /episodes\/8\/index\.html: unexpected line/,
    );
    expect(() => deferBoot("<html><body>no scripts</body></html>", "x.html")).toThrow(/boot script was not found/);
  });
});
