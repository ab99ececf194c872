import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { playwrightCounts, readCounts, vitestCounts } from "./test-report";

describe("test counts from JSON reports", () => {
  it("reads Vitest's report (the Jest-compatible fields)", () => {
    expect(
      vitestCounts({
        numTotalTests: 12,
        numPassedTests: 9,
        numFailedTests: 1,
        numPendingTests: 1,
        numTodoTests: 1,
        success: false,
      }),
    ).toEqual({ passed: 9, failed: 1, skipped: 2 });
  });

  it("reads Playwright's report: flaky tests passed, errors outside tests fail", () => {
    expect(
      playwrightCounts({ stats: { expected: 40, unexpected: 2, flaky: 1, skipped: 3 }, errors: [] }),
    ).toEqual({
      passed: 41,
      failed: 2,
      skipped: 3,
    });
    // The web server never started: no test ran, one error.
    expect(
      playwrightCounts({
        stats: { expected: 0, unexpected: 0, flaky: 0, skipped: 0 },
        errors: [{ message: "x" }],
      }),
    ).toEqual({ passed: 0, failed: 1, skipped: 0 });
  });

  it("has nothing to say without a readable report", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kintsugi-report-"));
    try {
      expect(readCounts("vitest", path.join(dir, "missing.json"))).toBeNull();
      fs.writeFileSync(path.join(dir, "half.json"), '{"numPassedTests": 3');
      expect(readCounts("vitest", path.join(dir, "half.json"))).toBeNull();
      fs.writeFileSync(path.join(dir, "ok.json"), JSON.stringify({ numPassedTests: 3, numFailedTests: 0 }));
      expect(readCounts("vitest", path.join(dir, "ok.json"))).toEqual({ passed: 3, failed: 0, skipped: 0 });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
