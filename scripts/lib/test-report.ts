// Test counts for npm test's summary (scripts/test.ts), read from the JSON
// reports Vitest (--reporter=json) and Playwright (the json reporter) write.
import fs from "node:fs";

export type Counts = { passed: number; failed: number; skipped: number };

/** Counts from a report; null when there is no readable report. */
export function readCounts(kind: "vitest" | "playwright", file: string): Counts | null {
  let report: Record<string, unknown>;
  try {
    report = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>;
  } catch {
    return null;
  }
  return kind === "vitest" ? vitestCounts(report) : playwrightCounts(report);
}

export function vitestCounts(report: Record<string, unknown>): Counts {
  const n = (key: string) => Number(report[key] ?? 0);
  return {
    passed: n("numPassedTests"),
    failed: n("numFailedTests"),
    skipped: n("numPendingTests") + n("numTodoTests"),
  };
}

export function playwrightCounts(report: Record<string, unknown>): Counts {
  const stats = (report.stats ?? {}) as Record<string, number | undefined>;
  const errors = Array.isArray(report.errors) ? report.errors.length : 0;
  const unexpected = stats.unexpected ?? 0;
  return {
    // With retries, a test that passed on a retry is "flaky": it passed.
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    // Errors outside any test (a web server that did not start, a broken
    // spec file) fail the run: each counts when no test failed.
    failed: unexpected > 0 ? unexpected : errors,
    skipped: stats.skipped ?? 0,
  };
}
