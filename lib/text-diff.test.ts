import { describe, expect, it } from "vitest";
import {
  diffLines,
  diffWords,
  foldUnchanged,
  hasChanges,
  MAX_LINE_EDITS,
  splitLines,
  type DiffLine,
  type WordPart,
} from "./text-diff";

const words = (parts: WordPart[]) =>
  parts
    .map((p) => (p.type === "added" ? `{+${p.text}+}` : p.type === "removed" ? `[-${p.text}-]` : p.text))
    .join("");

const show = (lines: DiffLine[]) =>
  lines.map((l) =>
    l.type === "changed"
      ? `~${words(l.parts)}`
      : `${l.type === "added" ? "+" : l.type === "removed" ? "-" : " "}${l.text}`,
  );

/** Applying a diff must give back both texts. */
function sides(lines: DiffLine[]) {
  const side = (drop: "added" | "removed") =>
    lines.flatMap((l) =>
      l.type === "changed"
        ? [
            l.parts
              .filter((p) => p.type !== drop)
              .map((p) => p.text)
              .join(""),
          ]
        : l.type === drop
          ? []
          : [l.text],
    );
  return { before: side("added"), after: side("removed") };
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

  it("shows a one-word change in a paragraph as that word, not the paragraph twice", () => {
    const before =
      "At 14:05 the cache stopped answering and the API fell back to the database, which saturated within a minute.";
    const after =
      "At 14:05 the cache stopped answering and the API fell back to the primary database, which saturated within a minute.";
    const lines = diffLines(`Intro\n${before}\nEnd`, `Intro\n${after}\nEnd`);
    expect(show(lines)).toEqual([
      " Intro",
      "~At 14:05 the cache stopped answering and the API fell back to the {+primary +}database, which saturated within a minute.",
      " End",
    ]);
    expect(hasChanges(lines)).toBe(true);
  });

  it("marks a replaced word as removed then added inside the line", () => {
    expect(show(diffLines("The cache stopped answering.", "The cache kept answering."))).toEqual([
      "~The cache [-stopped-]{+kept+} answering.",
    ]);
  });

  it("joins neighbouring changed words into one removal and one addition", () => {
    expect(show(diffLines("one two three four five six", "one two seven eight five six"))).toEqual([
      "~one two [-three four-]{+seven eight+} five six",
    ]);
  });

  it("keeps lines with little in common whole", () => {
    expect(show(diffLines("a\nb\nc", "a\nB\nc"))).toEqual([" a", "-b", "+B", " c"]);
    expect(show(diffLines("In review", "Approved"))).toEqual(["-In review", "+Approved"]);
  });

  it("pairs a changed line even when a new line was inserted before it", () => {
    const lines = diffLines(
      "Root cause\nThe deploy changed the pool size to 5.",
      "Root cause\nA new first line.\nThe deploy changed the pool size to 50.",
    );
    expect(show(lines)).toEqual([
      " Root cause",
      "+A new first line.",
      "~The deploy changed the pool size to [-5-]{+50+}.",
    ]);
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

  it("reproduces both sides for random edits of lines and words", () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = (s: string) => s[Math.floor(rand() * s.length)]!;
    const line = () => Array.from({ length: 1 + Math.floor(rand() * 6) }, () => pick("abcd")).join(" ");
    for (let round = 0; round < 80; round++) {
      const a = Array.from({ length: Math.floor(rand() * 10) }, line);
      const b = a.map((l) => (rand() < 0.3 ? l.replace(pick("abcd"), pick("xyz")) : l));
      if (rand() < 0.5) b.splice(Math.floor(rand() * b.length), 0, line());
      if (rand() < 0.5) b.splice(Math.floor(rand() * b.length), 1);
      expect(sides(diffLines(a.join("\n"), b.join("\n")))).toEqual({ before: a, after: b });
    }
  });

  it("falls back to removed-then-added when the texts differ too much, quickly", () => {
    const size = MAX_LINE_EDITS;
    const a = Array.from({ length: size }, (_, i) => `a${i}`).join("\n");
    const b = Array.from({ length: size }, (_, i) => `b${i}`).join("\n");
    const started = Date.now();
    const lines = diffLines(`same\n${a}\nend`, `same\n${b}\nend`);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(lines[0]).toEqual({ type: "same", text: "same" });
    expect(lines[1]).toEqual({ type: "removed", text: "a0" });
    expect(lines[size + 1]).toEqual({ type: "added", text: "b0" });
    expect(lines.at(-1)).toEqual({ type: "same", text: "end" });
    expect(sides(lines).after).toHaveLength(size + 2);
  });

  it("stays fast on a long paragraph rewritten word by word", () => {
    const a = Array.from({ length: 5_000 }, (_, i) => `w${i}`).join(" ");
    const b = Array.from({ length: 5_000 }, (_, i) => `v${i}`).join(" ");
    const started = Date.now();
    expect(show(diffLines(a, b))).toEqual([`-${a}`, `+${b}`]);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe("diffWords", () => {
  it("returns null for lines that share too little, or an empty side", () => {
    expect(diffWords("Published", "Draft")).toBeNull();
    expect(diffWords("", "Draft")).toBeNull();
    expect(words(diffWords("SEV2", "SEV2 (major)")!)).toBe("SEV2{+ (major)+}");
  });
});

describe("foldUnchanged", () => {
  it("folds long unchanged runs and keeps context around changes", () => {
    const before = Array.from({ length: 20 }, (_, i) => `line ${i}`);
    const after = [...before];
    after[10] = "changed";
    const blocks = foldUnchanged(diffLines(before.join("\n"), after.join("\n")), 2);
    expect(blocks[0]).toEqual({ type: "skipped", count: 8 });
    expect(blocks.slice(1, 7).map((b) => ("text" in b ? b.text : b.type))).toEqual([
      "line 8",
      "line 9",
      "line 10",
      "changed",
      "line 11",
      "line 12",
    ]);
    expect(blocks.at(-1)).toEqual({ type: "skipped", count: 7 });
  });

  it("keeps a changed line with its context", () => {
    const before = Array.from({ length: 10 }, (_, i) => `the line number ${i}`);
    const after = [...before];
    after[5] = "the line number five";
    const blocks = foldUnchanged(diffLines(before.join("\n"), after.join("\n")), 1);
    expect(blocks.map((b) => b.type)).toEqual(["skipped", "same", "changed", "same", "skipped"]);
  });

  it("folds everything when nothing changed", () => {
    expect(foldUnchanged(diffLines("a\nb", "a\nb"))).toEqual([{ type: "skipped", count: 2 }]);
  });
});
