/**
 * The colour theme: the system's (prefers-color-scheme) unless the reader chose
 * light or dark. The choice lives in localStorage and shows as `data-theme` on
 * <html>, which `src/app.css` reads. A tiny inline script, put into every
 * prerendered page by the build, sets the attribute before the first paint, so
 * a dark reader never sees a white flash; the app only changes it afterwards.
 */
import { useSyncExternalStore } from "react";

export type ThemeChoice = "system" | "light" | "dark";

export const THEME_KEY = "glass-heart-wiki:theme";

/**
 * The page's surface in each theme, for the browser's own bars (`theme-color`), which
 * cannot read CSS variables. The design token test holds them equal to app.css.
 */
export const SURFACE_COLOURS = { light: "#ffffff", dark: "#111114" } as const;

export const THEME_CHOICES: readonly { value: ThemeChoice; label: string }[] = [
  { value: "system", label: "System" },
  { value: "light", label: "Light" },
  { value: "dark", label: "Dark" },
];

/** Anything but a stored "light" or "dark" (nothing, an old value, junk) means the system's theme. */
export function parseThemeChoice(raw: string | null | undefined): ThemeChoice {
  return raw === "light" || raw === "dark" ? raw : "system";
}

/**
 * The script the build inlines at the top of every page's <head>. It must stay
 * tiny and must never throw (storage can be blocked), and it repeats
 * `parseThemeChoice` in plain ES5 because it runs before any module loads.
 * Its sha256 goes into each page's Content Security Policy with the others.
 */
export const THEME_BOOT_SCRIPT =
  `try{var t=localStorage.getItem(${JSON.stringify(THEME_KEY)});` +
  `if(t==="light"||t==="dark")document.documentElement.setAttribute("data-theme",t)}catch(e){}`;

/**
 * Puts the theme script into a page: right after <meta charset> (which must stay
 * first) or else at the start of <head>, before the stylesheets and any script.
 */
export function addThemeScript(html: string, file = "page"): string {
  const tag = `<script>${THEME_BOOT_SCRIPT}</script>`;
  if (html.includes(tag)) throw new Error(`${file}: the page already has the theme script`);
  const head = /<head(?:\s[^>]*)?>/i.exec(html);
  if (!head) throw new Error(`${file}: the page has no <head> for the theme script`);
  const headEnd = head.index + head[0].length;
  const charset = /^\s*<meta\s+charset=[^>]*>/i.exec(html.slice(headEnd));
  const at = charset ? headEnd + charset[0].length : headEnd;
  return html.slice(0, at) + tag + html.slice(at);
}

function readStored(): ThemeChoice {
  try {
    return parseThemeChoice(window.localStorage.getItem(THEME_KEY));
  } catch {
    return parseThemeChoice(document.documentElement.getAttribute("data-theme"));
  }
}

/** Shows a choice on the page: "system" removes the attribute so the media query decides. */
export function applyTheme(choice: ThemeChoice, root: HTMLElement = document.documentElement): void {
  if (choice === "system") root.removeAttribute("data-theme");
  else root.setAttribute("data-theme", choice);
}

const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of listeners) listener();
};
function onStorage(event: StorageEvent) {
  if (event.key !== THEME_KEY && event.key !== null) return;
  // Another tab chose: follow it here too.
  applyTheme(readStored());
  notify();
}
function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener("storage", onStorage);
  };
}

/** The reader's choice; "system" in the prerendered HTML and during hydration. */
export function useThemeChoice(): ThemeChoice {
  return useSyncExternalStore(subscribe, readStored, () => "system");
}

/** Remembers a choice and applies it at once, in this tab and (through `storage`) in the others. */
export function setThemeChoice(choice: ThemeChoice): void {
  try {
    if (choice === "system") window.localStorage.removeItem(THEME_KEY);
    else window.localStorage.setItem(THEME_KEY, choice);
  } catch {
    // Storage refused: the choice still applies to this page until it is left.
  }
  applyTheme(choice);
  notify();
}
