// Security floors: versions below these have published vulnerabilities that
// affect this app (Next.js and React Server Components advisories, next-auth).
// Checks what is installed, not what package.json asks for.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const floors: Record<string, string> = {
  next: "16.4.6",
  react: "19.2.9",
  "react-dom": "19.2.9",
  "next-auth": "4.24.15",
};

/** Compares x.y.z versions; a prerelease sorts before its release. -1, 0 or 1. */
function compareVersions(a: string, b: string): number {
  const parse = (v: string) => {
    const match = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+.*)?$/.exec(v.trim());
    if (!match) throw new Error(`not a version: ${v}`);
    return { core: [1, 2, 3].map((i) => Number(match[i])), pre: match[4] };
  };
  const x = parse(a);
  const y = parse(b);
  for (let i = 0; i < 3; i++) {
    if (x.core[i] !== y.core[i]) return x.core[i]! < y.core[i]! ? -1 : 1;
  }
  if (x.pre === y.pre) return 0;
  if (x.pre === undefined) return 1;
  if (y.pre === undefined) return -1;
  const xs = x.pre.split(".");
  const ys = y.pre.split(".");
  for (let i = 0; i < Math.max(xs.length, ys.length); i++) {
    const p = xs[i];
    const q = ys[i];
    if (p === undefined) return -1;
    if (q === undefined) return 1;
    if (p === q) continue;
    const pn = /^\d+$/.test(p);
    const qn = /^\d+$/.test(q);
    if (pn && qn) return Number(p) < Number(q) ? -1 : 1;
    if (pn !== qn) return pn ? -1 : 1;
    return p < q ? -1 : 1;
  }
  return 0;
}

function installedVersion(pkg: string): string {
  const file = path.resolve("node_modules", pkg, "package.json");
  return (JSON.parse(fs.readFileSync(file, "utf8")) as { version: string }).version;
}

describe("compareVersions", () => {
  it.each([
    ["16.4.6", "16.4.6", 0],
    ["16.4.7", "16.4.6", 1],
    ["16.10.0", "16.9.9", 1],
    ["15.99.99", "16.0.0", -1],
    ["19.2.9-canary.1", "19.2.9", -1],
    ["19.2.9-canary.2", "19.2.9-canary.10", -1],
    ["19.3.0-rc.1", "19.2.9", 1],
  ])("%s vs %s is %i", (a, b, expected) => {
    expect(compareVersions(a, b)).toBe(expected);
  });
});

describe("installed dependencies meet the security floors", () => {
  it.each(Object.entries(floors))("%s >= %s", (pkg, floor) => {
    const version = installedVersion(pkg);
    expect(
      compareVersions(version, floor),
      `${pkg} ${version} is below the security floor ${floor}: npm install ${pkg}@^${floor}`,
    ).toBeGreaterThanOrEqual(0);
  });
});
