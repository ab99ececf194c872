// The unit and integration Vitest projects share a worker's modules between
// test files (isolate: false, vitest.config.ts): a mock there (vi.mock, vi.resetModules) would leak
// into the worker's next files, or not apply to modules an earlier file had
// loaded. A file that mocks modules is named *.isolated.test.ts(x) and runs in
// the "unit-isolated" or "integration-isolated" project, one file per module graph.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const MOCKS = /\bvi\.(mock|doMock|unmock|doUnmock|resetModules)\s*\(/;
const SKIPPED = new Set(["node_modules", ".next", ".git", "e2e", "commands", "generated"]);

function testFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIPPED.has(entry.name)) return [];
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(full);
    return /\.test\.tsx?$/.test(entry.name) ? [path.relative(process.cwd(), full)] : [];
  });
}

const SELF = "tests/unit/test-isolation.test.ts";
const mocksModules = (file: string) => file !== SELF && MOCKS.test(fs.readFileSync(file, "utf8"));
const isIsolated = (file: string) => /\.isolated\.test\.tsx?$/.test(file);

describe("test isolation", () => {
  const files = testFiles(process.cwd());

  it("finds the unit and integration tests, and isolated ones that mock modules", () => {
    expect(files.filter((f) => f.startsWith("tests/integration/")).length).toBeGreaterThan(20);
    expect(files.length).toBeGreaterThan(60);
    expect(files.filter(isIsolated).some(mocksModules)).toBe(true);
  });

  it("mocks modules only in *.isolated.test.ts files", () => {
    expect(files.filter((f) => !isIsolated(f) && mocksModules(f))).toEqual([]);
  });
});
