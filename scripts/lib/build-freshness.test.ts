import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildIsFresh } from "./build-freshness";

let root = "";
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

function write(file: string, secondsAgo: number) {
  const full = path.join(root, file);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, "x");
  const when = new Date(Date.now() - secondsAgo * 1000);
  fs.utimesSync(full, when, when);
  // A folder's own time counts too (a deleted file changes it): age the new folders with the file.
  for (let dir = path.dirname(full); dir !== root; dir = path.dirname(dir)) {
    if (fs.statSync(dir).mtimeMs > when.getTime()) fs.utimesSync(dir, when, when);
  }
}

describe("buildIsFresh", () => {
  it("is false without a build, true when the build is newer than every source, false after a source changes", () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "kintsugi-freshness-"));
    write("app/page.tsx", 100);
    write("components/ui/button.tsx", 100);
    write("components/ui/button.test.tsx", 100);
    write("package.json", 100);
    expect(buildIsFresh(root)).toBe(false);

    write(".next/BUILD_ID", 50);
    expect(buildIsFresh(root)).toBe(true);

    // Editing a test beside the code does not make the build stale: tests are not part of it.
    write("components/ui/button.test.tsx", 10);
    expect(buildIsFresh(root)).toBe(true);

    write("components/ui/button.tsx", 10);
    expect(buildIsFresh(root)).toBe(false);
  });

  it("counts configuration that changes the build (tsconfig.json, postcss.config.mjs)", () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "kintsugi-freshness-"));
    write("app/page.tsx", 100);
    write(".next/BUILD_ID", 50);
    expect(buildIsFresh(root)).toBe(true);
    write("postcss.config.mjs", 10);
    expect(buildIsFresh(root)).toBe(false);
    write(".next/BUILD_ID", 5);
    write("tsconfig.json", 1);
    expect(buildIsFresh(root)).toBe(false);
  });
});
