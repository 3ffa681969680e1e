/**
 * Starts the app after the first paint. React Router writes module preloads
 * into <head> and an inline module that imports the manifest, the page's route
 * modules and the client entry, so the browser downloads and runs ~130 KB of
 * JavaScript before it paints a page whose HTML is already complete. This
 * rewrites each prerendered page so the same preloads and imports start one
 * frame after the first paint, in the same order. If React Router's boot script
 * ever changes shape, the build stops here rather than shipping a page that
 * never hydrates.
 */
const PRELOAD = /<link rel="modulepreload" href="([^"]+)"\/>/g;
const BOOT = /<script type="module" async="">([\s\S]*?)<\/script>/;

export function deferBoot(html: string, file = "page"): string {
  const preloads = [...html.matchAll(PRELOAD)].map((m) => m[1] ?? "");
  const boot = BOOT.exec(html);
  if (!boot || preloads.length === 0) throw new Error(`${file}: React Router's boot script was not found`);
  const lines = (boot[1] ?? "")
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);

  const sideEffects: string[] = [];
  const routes: { name: string; href: string }[] = [];
  let registry: string | undefined;
  let entry: string | undefined;
  for (const line of lines) {
    const sideEffect = /^import "([^"]+)";$/.exec(line);
    const route = /^import \* as (route\d+) from "([^"]+)";$/.exec(line);
    const dynamic = /^import\("([^"]+)"\);$/.exec(line);
    if (sideEffect?.[1]) sideEffects.push(sideEffect[1]);
    else if (route?.[1] && route[2]) routes.push({ name: route[1], href: route[2] });
    else if (line.startsWith("window.__reactRouterRouteModules = ")) registry = line;
    else if (dynamic?.[1] && entry === undefined) entry = dynamic[1];
    else throw new Error(`${file}: unexpected line in React Router's boot script: ${line}`);
  }
  if (registry === undefined || entry === undefined || routes.length === 0) {
    throw new Error(`${file}: React Router's boot script is missing its route modules or entry`);
  }

  const script = [
    `const preload = ${JSON.stringify(preloads)};`,
    "const start = async () => {",
    '  for (const href of preload) { const link = document.createElement("link"); link.rel = "modulepreload"; link.href = href; document.head.append(link); }',
    ...sideEffects.map((href) => `  await import(${JSON.stringify(href)});`),
    `  const [${routes.map((r) => r.name).join(", ")}] = await Promise.all([${routes.map((r) => `import(${JSON.stringify(r.href)})`).join(", ")}]);`,
    `  ${registry}`,
    `  await import(${JSON.stringify(entry)});`,
    "};",
    "requestAnimationFrame(() => { setTimeout(start, 0); });",
  ].join("\n");

  return html.replace(PRELOAD, "").replace(BOOT, () => `<script type="module">${script}</script>`);
}
