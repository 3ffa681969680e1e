// @vitest-environment node
import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Script } from "node:vm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getManifest } from "workbox-build";
import {
  OFFLINE_SHELL_FILE,
  isDeployCheck,
  isPageNavigation,
  serviceWorkerOptions,
  writeOfflineShell,
  writeServiceWorker,
} from "./service-worker";

const navigate = { mode: "navigate" } as const;
const fetchRequest = { mode: "cors" } as const;
const at = (path: string) => new URL(path, "https://wiki.example.org");

describe("the route rules copied into sw.js", () => {
  it("sends every deploy check to the network, whatever else the URL holds", () => {
    expect(isDeployCheck({ url: at("/?deploy-check=123") })).toBe(true);
    expect(isDeployCheck({ url: at("/episodes/8?ref=x&deploy-check=") })).toBe(true);
    expect(isDeployCheck({ url: at("/?deploy=check") })).toBe(false);
    expect(isDeployCheck({ url: at("/episodes/8") })).toBe(false);
  });

  it("keeps page loads, but never the deploy check or a fetch", () => {
    expect(isPageNavigation({ request: navigate, url: at("/episodes/8") })).toBe(true);
    expect(isPageNavigation({ request: navigate, url: at("/?deploy-check=1") })).toBe(false);
    expect(isPageNavigation({ request: fetchRequest, url: at("/episodes/8") })).toBe(false);
  });

  it("still work as source text on their own, which is how Workbox copies them", () => {
    // A fresh context with no globals: the text must not lean on anything around it.
    const revive = <T extends (...args: never[]) => unknown>(fn: T) =>
      new Script(`(${fn.toString()})`).runInNewContext({}) as T;
    expect(revive(isDeployCheck)({ url: at("/?deploy-check=1") })).toBe(true);
    expect(revive(isPageNavigation)({ request: navigate, url: at("/characters/toya-shinzaki") })).toBe(true);
    expect(revive(isPageNavigation)({ request: navigate, url: at("/?deploy-check=1") })).toBe(false);
  });
});

describe("the precache", () => {
  let root = "";
  const put = async (file: string, text: string) => {
    await mkdir(dirname(join(root, file)), { recursive: true });
    await writeFile(join(root, file), text);
  };

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), "service-worker-"));
    await put("__spa-fallback.html", "<!doctype html><title>Glass Heart Wiki</title>");
    await put("assets/entry.client-abc.js", "console.log('app')");
    await put("assets/characters-def.js", "export default []");
    await put("assets/root-ghi.css", "body{}");
    await put("favicon.svg", "<svg/>");
    await put("manifest.webmanifest", "{}");
    for (const file of [
      "index.html",
      "episodes/8/index.html",
      "episodes/8.data",
      "og/episodes/8.png",
      "assets/entry.client-abc.js.gz",
      "assets/entry.client-abc.js.br",
      "icons/icon-512.png",
      "sitemap.xml",
      "404.html",
    ]) {
      await put(file, file);
    }
    await writeOfflineShell(root);
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("holds the app, its data and the offline shell, nothing else, each with the hash of its content", async () => {
    const { globPatterns, globIgnores } = serviceWorkerOptions(root);
    const { manifestEntries } = await getManifest({ globDirectory: root, globPatterns, globIgnores });
    const urls = manifestEntries.map((entry) => entry.url).sort();
    expect(urls).toEqual([
      "assets/characters-def.js",
      "assets/entry.client-abc.js",
      "assets/root-ghi.css",
      "favicon.svg",
      "manifest.webmanifest",
      OFFLINE_SHELL_FILE,
    ]);
    for (const entry of manifestEntries) {
      const body = await readFile(join(root, entry.url));
      expect(entry.revision, entry.url).toBe(createHash("md5").update(body).digest("hex"));
    }
  });

  it("writes one sw.js that precaches the shell, waits to take over and falls back to the shell", async () => {
    const { count } = await writeServiceWorker(root);
    expect(count).toBe(6);
    const worker = await readFile(join(root, "sw.js"), "utf8");
    expect(worker).toContain('"offline.html"');
    expect(worker).toContain("/offline.html");
    expect(worker).toContain("SKIP_WAITING");
    expect(worker).toContain("deploy-check");
    expect(worker).not.toContain("importScripts");
    expect(worker).not.toContain("og/");
  }, 60_000);

  it("makes the offline shell an exact copy of React Router's SPA fallback", async () => {
    expect(await readFile(join(root, OFFLINE_SHELL_FILE), "utf8")).toBe(
      await readFile(join(root, "__spa-fallback.html"), "utf8"),
    );
  });
});
