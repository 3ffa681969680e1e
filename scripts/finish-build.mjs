// Static hosts (GitHub Pages, `serve`, nginx with our config) answer unknown URLs
// with 404.html; the SPA fallback page boots the app, which then shows the right
// 404 page or, for a URL that exists only client-side, the page itself.
import { copyFile } from "node:fs/promises";

const dir = new URL("../build/client/", import.meta.url);
await copyFile(new URL("__spa-fallback.html", dir), new URL("404.html", dir));
console.log("build/client/404.html written from the SPA fallback page");
