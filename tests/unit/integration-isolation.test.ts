// The "integration" Vitest project shares a worker's modules between test files
// (isolate: false, vitest.config.ts): a vi.mock() there would leak into the
// worker's next files, or not apply to modules an earlier file loaded. Files
// that mock modules belong in tests/integration/isolated/.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve("tests/integration");
const MOCKS = /\bvi\.(mock|doMock|unmock|doUnmock|resetModules)\s*\(/;

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe("integration test isolation", () => {
  const files = filesUnder(root);

  it("finds the integration tests, and the isolated ones that mock modules", () => {
    expect(files.length).toBeGreaterThan(20);
    const isolated = files.filter((f) => f.startsWith(path.join(root, "isolated") + path.sep));
    expect(isolated.some((f) => MOCKS.test(fs.readFileSync(f, "utf8")))).toBe(true);
  });

  it("mocks modules only in tests/integration/isolated/", () => {
    const shared = files.filter((f) => !f.startsWith(path.join(root, "isolated") + path.sep));
    const mocking = shared.filter((f) => MOCKS.test(fs.readFileSync(f, "utf8")));
    expect(mocking.map((f) => path.relative(process.cwd(), f))).toEqual([]);
  });
});
