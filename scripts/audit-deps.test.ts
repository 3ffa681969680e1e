import { describe, expect, it } from "vitest";
import { judgeAudit } from "./audit-deps";

const report = (vulnerabilities: Record<string, { severity: string; via: unknown[] }>) =>
  JSON.stringify({
    vulnerabilities,
    metadata: {
      vulnerabilities: Object.values(vulnerabilities).reduce<Record<string, number>>(
        (counts, v) => ({ ...counts, [v.severity]: (counts[v.severity] ?? 0) + 1 }),
        {},
      ),
    },
  });

describe("judgeAudit", () => {
  it("passes a clean report", () => {
    expect(judgeAudit(report({})).status).toBe("pass");
  });

  it("passes low and moderate findings but fails on high or critical ones, naming the package", () => {
    expect(judgeAudit(report({ a: { severity: "moderate", via: [] } })).status).toBe("pass");
    const verdict = judgeAudit(report({ a: { severity: "low", via: [] }, tarball: { severity: "high", via: [] } }));
    expect(verdict.status).toBe("fail");
    expect(verdict.lines.join("\n")).toContain("high: tarball");
    expect(verdict.lines.join("\n")).not.toContain(": a");
    expect(judgeAudit(report({ b: { severity: "critical", via: [] } })).status).toBe("fail");
  });

  it("never reports an unreachable advisory service as a pass", () => {
    const refused = JSON.stringify({ message: "405 Method Not Allowed - POST …/advisories/bulk", statusCode: 405 });
    expect(judgeAudit(refused)).toEqual({
      status: "unavailable",
      lines: ["The advisory service gave no report: 405 Method Not Allowed - POST …/advisories/bulk"],
    });
    expect(judgeAudit("").status).toBe("unavailable");
  });
});
