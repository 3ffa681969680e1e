/**
 * Serves build/client with the production nginx config (deploy/nginx.conf) on a
 * local port, in the foreground: `npm run preview:nginx -- --port 4173`. The
 * browser tests use it so they meet the site exactly as it is deployed, with
 * the Content-Security-Policy map the build wrote; the performance audit passes
 * `--root` and `--csp-map` to serve a copy with its baseline page.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const args = process.argv.slice(2);
const portFlag = args.indexOf("--port");
const port = Number(portFlag >= 0 ? args[portFlag + 1] : (process.env.E2E_PORT ?? 4173));
if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`Not a port: ${String(port)}`);

const rootFlag = args.indexOf("--root");
const root = resolve(rootFlag >= 0 ? (args[rootFlag + 1] ?? "") : "build/client");
if (!existsSync(join(root, "index.html"))) throw new Error("No build found: run `npm run build` first.");
// The per-page Content-Security-Policy map the build writes next to the site (see deploy/nginx.conf).
const mapFlag = args.indexOf("--csp-map");
const policyMap = resolve(mapFlag >= 0 ? (args[mapFlag + 1] ?? "") : "build/nginx/content-security-policy.conf");
if (!existsSync(policyMap))
  throw new Error(`No Content-Security-Policy map at ${policyMap}: run \`npm run build\` first.`);
const nginx = ["/usr/sbin/nginx", "/usr/local/sbin/nginx"].find((path) => existsSync(path));
if (!nginx)
  throw new Error("nginx is not installed (Debian: apt-get install -y nginx libnginx-mod-http-brotli-static)");

const brotliModule = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";
const hasBrotli = existsSync(brotliModule);
if (!hasBrotli) console.warn("nginx has no brotli static module: serving gzip only");

const POLICY_INCLUDE = /^include \S+\/content-security-policy\.conf;$/m;
const deployed = readFileSync("deploy/nginx.conf", "utf8");
if (!POLICY_INCLUDE.test(deployed)) throw new Error("deploy/nginx.conf no longer includes the policy map");
const site = deployed
  .replace(POLICY_INCLUDE, `include ${policyMap};`)
  .replace(/^\s*listen \[::\]:80;\n/m, "")
  .replace(/^(\s*)listen 80;/m, `$1listen 127.0.0.1:${port};`)
  .replace(/^(\s*)root [^;]+;/m, `$1root ${root};`)
  .replace(hasBrotli ? /$^/ : /^\s*brotli_static on;\n/m, "");

const dir = mkdtempSync(join(tmpdir(), "glass-heart-nginx-"));
writeFileSync(join(dir, "site.conf"), site);
writeFileSync(
  join(dir, "nginx.conf"),
  `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log stderr warn;
${hasBrotli ? `load_module ${brotliModule};` : ""}
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/site.conf;
}
`,
);

const server = spawn(nginx, ["-p", dir, "-c", join(dir, "nginx.conf")], { stdio: "inherit" });
console.log(`nginx serving ${root} at http://127.0.0.1:${port}/`);
const stop = () => server.kill("SIGQUIT");
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
server.on("exit", (code) => process.exit(code ?? 0));
