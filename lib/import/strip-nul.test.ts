import { describe, expect, it } from "vitest";
import { NUL_WARNING, stripNulFromRows } from "./strip-nul";
import { emptyResult, type ParsedRow } from "./types";

const NUL = "\u0000";
const row = (over: Partial<ParsedRow>): ParsedRow => ({
  row: 2,
  label: "line 2",
  occurredAt: new Date("2026-11-20T14:05:00Z"),
  actorName: "Agent",
  actorKind: "AI_AGENT",
  type: "ACTION",
  description: "Called `deploy`",
  links: [],
  warnings: [],
  ...over,
});

describe("stripNulFromRows", () => {
  it("removes NULs from descriptions, actor names and links, with a warning on those rows", () => {
    const clean = row({ row: 1, label: "line 1" });
    const result = stripNulFromRows({
      ...emptyResult(),
      rows: [
        clean,
        row({
          description: `Called ${NUL}\`rm\``,
          actorName: `Age${NUL}nt`,
          links: [`https://x${NUL}.example`],
        }),
      ],
    });
    expect(result.rows[0]).toBe(clean);
    expect(result.rows[1]).toMatchObject({
      description: "Called `rm`",
      actorName: "Agent",
      links: ["https://x.example"],
      warnings: [NUL_WARNING],
    });
    expect(JSON.stringify(result)).not.toContain("\\u0000");
  });

  it("a row left without a description becomes an error for its row", () => {
    const result = stripNulFromRows({ ...emptyResult(), rows: [row({ description: `${NUL}${NUL}` })] });
    expect(result.rows).toEqual([]);
    expect(result.errors).toEqual([
      { row: 2, label: "line 2", reason: "No description (only invisible characters)." },
    ]);
  });
});
