import { describe, expect, it } from "vitest";
import { diffLines, foldUnchanged, hasChanges, MAX_CELLS, splitLines, type DiffLine } from "./text-diff";

const show = (lines: DiffLine[]) =>
  lines.map((l) => `${l.type === "added" ? "+" : l.type === "removed" ? "-" : " "}${l.text}`);

/** Applying a diff must give back both texts. */
function sides(lines: DiffLine[]) {
  return {
    before: lines.filter((l) => l.type !== "added").map((l) => l.text),
    after: lines.filter((l) => l.type !== "removed").map((l) => l.text),
  };
}

describe("diffLines", () => {
  it("returns nothing for two empty texts and all-same for equal texts", () => {
    expect(diffLines("", "")).toEqual([]);
    expect(show(diffLines("a\nb", "a\nb"))).toEqual([" a", " b"]);
    expect(hasChanges(diffLines("a\nb", "a\nb"))).toBe(false);
  });

  it("shows text added to or removed from an empty side", () => {
    expect(show(diffLines("", "one\ntwo"))).toEqual(["+one", "+two"]);
    expect(show(diffLines("one\ntwo", ""))).toEqual(["-one", "-two"]);
  });

  it("finds a changed line in the middle", () => {
    expect(show(diffLines("a\nb\nc", "a\nB\nc"))).toEqual([" a", "-b", "+B", " c"]);
  });

  it("keeps the longest common subsequence", () => {
    const lines = diffLines("a\nb\nc\nd\ne", "b\nc\nx\ne\nf");
    expect(show(lines)).toEqual(["-a", " b", " c", "-d", "+x", " e", "+f"]);
    expect(lines.filter((l) => l.type === "same")).toHaveLength(3);
  });

  it("handles moved and repeated lines", () => {
    const lines = diffLines("x\ny\nx\ny", "y\nx\ny\nx");
    expect(sides(lines)).toEqual({ before: ["x", "y", "x", "y"], after: ["y", "x", "y", "x"] });
    expect(lines.filter((l) => l.type === "same")).toHaveLength(3);
  });

  it("treats CRLF and LF alike and keeps blank lines", () => {
    expect(show(diffLines("a\r\n\r\nb", "a\n\nb"))).toEqual([" a", " ", " b"]);
    expect(splitLines("a\n")).toEqual(["a", ""]);
  });

  it("reproduces both sides for random edits", () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 50; round++) {
      const a = Array.from({ length: Math.floor(rand() * 12) }, () => "abcd"[Math.floor(rand() * 4)]!);
      const b = Array.from({ length: Math.floor(rand() * 12) }, () => "abcd"[Math.floor(rand() * 4)]!);
      expect(sides(diffLines(a.join("\n"), b.join("\n")))).toEqual({ before: a, after: b });
    }
  });

  it("falls back to removed-then-added when the texts are huge", () => {
    const size = Math.ceil(Math.sqrt(MAX_CELLS)) + 10;
    const a = Array.from({ length: size }, (_, i) => `a${i}`).join("\n");
    const b = Array.from({ length: size }, (_, i) => `b${i}`).join("\n");
    const started = Date.now();
    const lines = diffLines(`same\n${a}\nend`, `same\n${b}\nend`);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(lines[0]).toEqual({ type: "same", text: "same" });
    expect(lines[1]).toEqual({ type: "removed", text: "a0" });
    expect(lines.at(-1)).toEqual({ type: "same", text: "end" });
    expect(sides(lines).after).toHaveLength(size + 2);
  });
});

describe("foldUnchanged", () => {
  it("folds long unchanged runs and keeps context around changes", () => {
    const before = Array.from({ length: 20 }, (_, i) => `line ${i}`);
    const after = [...before];
    after[10] = "changed";
    const blocks = foldUnchanged(diffLines(before.join("\n"), after.join("\n")), 2);
    expect(blocks[0]).toEqual({ type: "skipped", count: 8 });
    expect(blocks.slice(1, 7).map((b) => ("text" in b ? b.text : b.count))).toEqual([
      "line 8",
      "line 9",
      "line 10",
      "changed",
      "line 11",
      "line 12",
    ]);
    expect(blocks.at(-1)).toEqual({ type: "skipped", count: 7 });
  });

  it("folds everything when nothing changed", () => {
    expect(foldUnchanged(diffLines("a\nb", "a\nb"))).toEqual([{ type: "skipped", count: 2 }]);
  });
});
