import { describe, expect, it } from "vitest";
import { applyFormat } from "./markdown-toolbar";

describe("applyFormat", () => {
  it("wraps the selection and keeps it selected", () => {
    const edit = applyFormat("a cache miss", 2, 7, "bold");
    expect(edit.value).toBe("a **cache** miss");
    expect(edit.value.slice(edit.selectionStart, edit.selectionEnd)).toBe("cache");
  });

  it("inserts a placeholder when nothing is selected", () => {
    const edit = applyFormat("", 0, 0, "italic");
    expect(edit.value).toBe("_italic text_");
    expect(edit.value.slice(edit.selectionStart, edit.selectionEnd)).toBe("italic text");
  });

  it("prefixes every touched line for lists and headings", () => {
    expect(applyFormat("one\ntwo\nthree", 1, 5, "bullets").value).toBe("- one\n- two\nthree");
    expect(applyFormat("one\ntwo", 0, 7, "numbers").value).toBe("1. one\n2. two");
    expect(applyFormat("x\nTitle", 3, 3, "heading").value).toBe("x\n### Title");
  });

  it("makes links with the URL selected, and fences multi-line code", () => {
    const link = applyFormat("see docs", 4, 8, "link");
    expect(link.value).toBe("see [docs](https://)");
    expect(link.value.slice(link.selectionStart, link.selectionEnd)).toBe("https://");
    expect(applyFormat("a\nb", 0, 3, "code").value).toBe("```\na\nb\n```");
    expect(applyFormat("run ls now", 4, 6, "code").value).toBe("run `ls` now");
  });
});

describe("applyFormat as a replacement", () => {
  it("replaces only the touched range, so the browser can insert it as typing", () => {
    const value = "one\ntwo cache\nthree";
    for (const [start, end, kind] of [
      [8, 13, "bold"],
      [4, 4, "italic"],
      [5, 9, "bullets"],
      [0, 13, "numbers"],
      [8, 13, "link"],
      [0, 7, "code"],
    ] as const) {
      const edit = applyFormat(value, start, end, kind);
      expect(value.slice(0, edit.from) + edit.text + value.slice(edit.to)).toBe(edit.value);
      expect(edit.from).toBeLessThanOrEqual(start);
      expect(edit.to).toBeGreaterThanOrEqual(end);
    }
    const bold = applyFormat(value, 8, 13, "bold");
    expect([bold.from, bold.to, bold.text]).toEqual([8, 13, "**cache**"]);
    const bullets = applyFormat(value, 5, 9, "bullets");
    expect([bullets.from, bullets.to, bullets.text]).toEqual([4, 13, "- two cache"]);
  });
});
