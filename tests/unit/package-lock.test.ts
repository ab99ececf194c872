// `npm ci` needs the lock to record every platform's optional native packages
// (@tailwindcss/oxide-darwin-arm64, @esbuild/win32-x64, …), not only this
// machine's: npm on macOS or Windows refuses a lock that lacks its own
// ("Missing: … from lock file"). npm 11 here sometimes writes such a lock;
// this test catches it. Fix with: npm install --package-lock-only --no-audit --no-fund
import fs from "node:fs";
import { describe, expect, it } from "vitest";

type LockEntry = {
  version?: string;
  optionalDependencies?: Record<string, string>;
  dependencies?: Record<string, string>;
  link?: boolean;
};
type Lock = { lockfileVersion: number; packages: Record<string, LockEntry> };

/** Where Node would find `name` from the package at `location` (a key of lock.packages). */
function resolve(lock: Lock, location: string, name: string): string | null {
  let base = location;
  for (;;) {
    const candidate = base ? `${base}/node_modules/${name}` : `node_modules/${name}`;
    if (lock.packages[candidate]) return candidate;
    if (!base) return null;
    const cut = base.lastIndexOf("/node_modules/");
    base = cut === -1 ? "" : base.slice(0, cut);
  }
}

/** Optional dependencies of locked packages that the lock has no entry for: "package → missing". */
export function missingOptionalPackages(lock: Lock): string[] {
  const missing: string[] = [];
  for (const [location, entry] of Object.entries(lock.packages)) {
    for (const name of Object.keys(entry.optionalDependencies ?? {})) {
      if (!resolve(lock, location, name)) missing.push(`${location || "(root)"} → ${name}`);
    }
  }
  return missing;
}

const read = (file: string) => JSON.parse(fs.readFileSync(file, "utf8")) as Lock;

describe("package-lock.json", () => {
  it("is a lockfile npm ci reads (version 3) and matches package.json", () => {
    const lock = read("package-lock.json");
    const pkg = JSON.parse(fs.readFileSync("package.json", "utf8")) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    expect(lock.lockfileVersion).toBe(3);
    const root = lock.packages[""] as LockEntry & { devDependencies?: Record<string, string> };
    expect(root.dependencies).toEqual(pkg.dependencies);
    expect(root.devDependencies).toEqual(pkg.devDependencies);
  });

  it("records every optional (platform) package of every locked package", () => {
    const lock = read("package-lock.json");
    expect(missingOptionalPackages(lock)).toEqual([]);
    // Spot checks: native packages of other platforms are there.
    for (const name of [
      "node_modules/@tailwindcss/oxide-darwin-arm64",
      "node_modules/@tailwindcss/oxide-win32-x64-msvc",
      "node_modules/@esbuild/darwin-arm64",
      "node_modules/@next/swc-win32-x64-msvc",
    ]) {
      expect(lock.packages[name], name).toBeDefined();
    }
  });

  it("the check finds a missing platform package", () => {
    const lock = read("package-lock.json");
    const trimmed: Lock = { ...lock, packages: { ...lock.packages } };
    delete trimmed.packages["node_modules/@tailwindcss/oxide-darwin-arm64"];
    expect(missingOptionalPackages(trimmed)).toContain(
      "node_modules/@tailwindcss/oxide → @tailwindcss/oxide-darwin-arm64",
    );
  });
});
