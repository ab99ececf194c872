// Which Node.js versions Kintsugi runs on. One table, read by the start
// scripts (npm start, npm run demo, npm run dev: scripts/lib/startup-checks.ts)
// and kept honest by its unit test. Dates from https://github.com/nodejs/Release.

/** The oldest Node.js Kintsugi starts on (Next.js 16 needs 20.9). */
export const MINIMUM_NODE_VERSION = "20.9.0";

/** End-of-life date (UTC) of each Node.js release line. Even lines are LTS. */
export const NODE_END_OF_LIFE: Readonly<Record<number, string>> = {
  18: "2025-04-30",
  19: "2023-06-01",
  20: "2026-04-30",
  21: "2024-06-01",
  22: "2027-04-30",
  23: "2025-06-01",
  24: "2028-04-30",
  25: "2026-06-01",
  26: "2029-04-30",
};

export type NodeSupport =
  | { status: "supported"; version: string; endOfLife: string | null }
  | { status: "end-of-life"; version: string; endOfLife: string; recommended: number[] }
  | { status: "too-old"; version: string; minimum: string };

function parse(version: string): [number, number, number] {
  const match = /^v?(\d+)\.(\d+)\.(\d+)/.exec(version.trim());
  if (!match) throw new Error(`not a Node.js version: ${version}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function atLeast(version: string, minimum: string): boolean {
  const a = parse(version);
  const b = parse(minimum);
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return true;
}

/** LTS (even) lines still maintained on `today`, oldest first. */
export function maintainedLtsLines(today: Date): number[] {
  return Object.entries(NODE_END_OF_LIFE)
    .map(([major, eol]) => ({ major: Number(major), eol: Date.parse(`${eol}T00:00:00Z`) }))
    .filter(({ major, eol }) => major % 2 === 0 && eol > today.getTime())
    .map(({ major }) => major)
    .sort((a, b) => a - b);
}

/**
 * Is this Node.js version usable on `today`? Below the minimum: too old
 * (refuse to start). A line past its end-of-life date: still runs, with a
 * warning. A line newer than the table: supported (no date known yet).
 */
export function checkNodeSupport(version: string, today: Date = new Date()): NodeSupport {
  const clean = parse(version).join(".");
  if (!atLeast(clean, MINIMUM_NODE_VERSION)) {
    return { status: "too-old", version: clean, minimum: MINIMUM_NODE_VERSION };
  }
  const major = parse(clean)[0];
  const endOfLife = NODE_END_OF_LIFE[major] ?? null;
  if (endOfLife && Date.parse(`${endOfLife}T00:00:00Z`) <= today.getTime()) {
    return { status: "end-of-life", version: clean, endOfLife, recommended: maintainedLtsLines(today) };
  }
  return { status: "supported", version: clean, endOfLife };
}

/** The line to print for a version that is not plainly supported; null when there is nothing to say. */
export function nodeSupportMessage(support: NodeSupport): string | null {
  switch (support.status) {
    case "supported":
      return null;
    case "too-old":
      return (
        `Node.js ${support.version} is too old: Kintsugi needs Node.js ${support.minimum} or newer ` +
        `(an LTS line is best). Install a newer Node.js and run the command again.`
      );
    case "end-of-life": {
      const r = support.recommended;
      const lines = r.length > 1 ? `${r.slice(0, -1).join(", ")} or ${r.at(-1)}` : r.join("");
      return (
        `Warning: Node.js ${support.version} reached end of life on ${support.endOfLife} and gets no more ` +
        `security fixes. Kintsugi still runs on it; upgrade to Node.js ${lines || "a maintained LTS line"} (LTS).`
      );
    }
  }
}
