/**
 * `npm run audit:deps`: fails on any high or critical advisory against the
 * packages the wiki ships (`npm audit --omit=dev`). When the registry's
 * advisory service cannot be reached, it says so loudly and does not pretend
 * the dependencies were checked; CI then passes on the other gates only.
 */
import { spawnSync } from "node:child_process";
import { pathToFileURL } from "node:url";

type Severity = "info" | "low" | "moderate" | "high" | "critical";
type AuditReport = {
  metadata?: { vulnerabilities?: Partial<Record<Severity | "total", number>> };
  vulnerabilities?: Record<string, { severity: Severity; via: unknown[] }>;
  statusCode?: number;
  message?: string;
};

export type AuditVerdict =
  | { status: "pass"; lines: string[] }
  | { status: "fail"; lines: string[] }
  | { status: "unavailable"; lines: string[] };

const BLOCKING: readonly Severity[] = ["high", "critical"];

/** Reads `npm audit --json` output: findings decide pass or fail, anything else means no answer. */
export function judgeAudit(output: string): AuditVerdict {
  let report: AuditReport;
  try {
    report = JSON.parse(output) as AuditReport;
  } catch {
    return { status: "unavailable", lines: ["npm audit printed no JSON report."] };
  }
  const counts = report.metadata?.vulnerabilities;
  if (!counts) {
    const reason = report.message ?? `status ${String(report.statusCode ?? "unknown")}`;
    return { status: "unavailable", lines: [`The advisory service gave no report: ${reason}`] };
  }
  const blocking = Object.entries(report.vulnerabilities ?? {}).filter(([, v]) => BLOCKING.includes(v.severity));
  const summary = `${String(counts.critical ?? 0)} critical, ${String(counts.high ?? 0)} high, ${String(
    counts.moderate ?? 0,
  )} moderate, ${String(counts.low ?? 0)} low`;
  if (blocking.length === 0) return { status: "pass", lines: [`Production dependencies: ${summary}.`] };
  return {
    status: "fail",
    lines: [`Production dependencies: ${summary}.`, ...blocking.map(([name, v]) => `  ${v.severity}: ${name}`)],
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const run = spawnSync("npm", ["audit", "--omit=dev", "--json"], { encoding: "utf8", timeout: 120_000 });
  const verdict = judgeAudit(run.stdout);
  for (const line of verdict.lines) console.log(line);
  if (verdict.status === "fail") {
    console.error("High or critical advisories: update or replace the packages above.");
    process.exit(1);
  }
  if (verdict.status === "unavailable") {
    console.warn("WARNING: the dependency audit could NOT run; the dependencies were not checked.");
  }
}
