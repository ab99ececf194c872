import fs from "node:fs";
import { describe, expect, it } from "vitest";
import {
  MINIMUM_NODE_VERSION,
  NODE_END_OF_LIFE,
  checkNodeSupport,
  maintainedLtsLines,
  nodeSupportMessage,
} from "./node-support";

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe("Node.js support", () => {
  it("refuses versions below the minimum", () => {
    expect(checkNodeSupport("v20.8.1", day("2025-01-01"))).toEqual({
      status: "too-old",
      version: "20.8.1",
      minimum: MINIMUM_NODE_VERSION,
    });
    expect(checkNodeSupport("18.20.4", day("2025-01-01")).status).toBe("too-old");
    expect(nodeSupportMessage(checkNodeSupport("16.0.0"))).toMatch(
      /too old: Kintsugi needs Node.js 20\.9\.0/,
    );
  });

  it("warns on a line past its end of life, naming the maintained LTS lines", () => {
    const support = checkNodeSupport("v20.20.2", day("2026-12-03"));
    expect(support).toEqual({
      status: "end-of-life",
      version: "20.20.2",
      endOfLife: "2026-04-30",
      recommended: [22, 24, 26],
    });
    expect(nodeSupportMessage(support)).toBe(
      "Warning: Node.js 20.20.2 reached end of life on 2026-04-30 and gets no more security fixes. " +
        "Kintsugi still runs on it; upgrade to Node.js 22, 24 or 26 (LTS).",
    );
  });

  it("the end-of-life date is the first unsupported day", () => {
    expect(checkNodeSupport("20.19.0", new Date("2026-04-29T23:59:59Z")).status).toBe("supported");
    expect(checkNodeSupport("20.19.0", new Date("2026-04-30T00:00:00Z")).status).toBe("end-of-life");
  });

  it("accepts maintained lines and lines newer than the table", () => {
    expect(checkNodeSupport("22.12.0", day("2026-12-03"))).toEqual({
      status: "supported",
      version: "22.12.0",
      endOfLife: "2027-04-30",
    });
    expect(checkNodeSupport("24.1.0", day("2026-12-03")).status).toBe("supported");
    expect(checkNodeSupport("27.0.0", day("2026-12-03"))).toMatchObject({
      status: "supported",
      endOfLife: null,
    });
    expect(nodeSupportMessage(checkNodeSupport("24.1.0", day("2026-12-03")))).toBeNull();
    // Odd lines are short-lived: 25 ended on 2026-06-01.
    expect(checkNodeSupport("25.2.0", day("2026-12-03")).status).toBe("end-of-life");
  });

  it("the table is well formed: every line from 18 on, valid dates, LTS lines live 30 months or more", () => {
    const majors = Object.keys(NODE_END_OF_LIFE).map(Number);
    const highest = Math.max(...majors);
    for (let major = 18; major <= highest; major++) {
      expect(NODE_END_OF_LIFE[major], `Node.js ${major}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(NODE_END_OF_LIFE[major]!))).toBe(false);
    }
    for (const major of majors.filter((m) => m % 2 === 0 && m > 18)) {
      // An even line ends after the previous even line.
      expect(Date.parse(NODE_END_OF_LIFE[major]!)).toBeGreaterThan(Date.parse(NODE_END_OF_LIFE[major - 2]!));
    }
    expect(maintainedLtsLines(day("2026-12-03"))).toEqual([22, 24, 26]);
  });

  it("package.json engines and the README state the same minimum", () => {
    const pkg = JSON.parse(fs.readFileSync("package.json", "utf8")) as { engines: { node: string } };
    expect(pkg.engines.node).toBe(`>=${MINIMUM_NODE_VERSION}`);
    expect(fs.readFileSync("README.md", "utf8")).toContain(`Node.js ${MINIMUM_NODE_VERSION}`);
  });
});
