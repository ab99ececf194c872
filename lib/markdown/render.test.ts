import { describe, expect, it } from "vitest";
import { checkMarkdownLimits, MARKDOWN_LIMITS, MARKDOWN_MAX_CHARS } from "./limits";
import { renderCacheSize, renderMarkdown } from "./render";

const html = (md: string) => {
  const r = renderMarkdown(md);
  if (r.kind !== "html") throw new Error(`plain: ${r.reason}`);
  return r.html;
};

describe("renderMarkdown: GitHub-flavoured output, as remark-gfm rendered it", () => {
  it.each([
    ["emphasis", "*a* **b** ~~c~~", "<p><em>a</em> <strong>b</strong> <del>c</del></p>"],
    ["inline code", "run `kubectl get pods`", "<p>run <code>kubectl get pods</code></p>"],
    ["a bare URL", "see www.example.com", '<p>see <a href="http://www.example.com">www.example.com</a></p>'],
    ["an autolink", "<https://a.example>", '<p><a href="https://a.example">https://a.example</a></p>'],
    ["a titled link", '[x](https://a.example "T")', '<p><a href="https://a.example" title="T">x</a></p>'],
    [
      "an image",
      "![alt *text*](https://a.example/i.png)",
      '<p><img src="https://a.example/i.png" alt="alt text"></p>',
    ],
    ["a fenced block", "```js\nx()\n```", '<pre><code class="language-js">x()\n</code></pre>'],
    ["an ordered list's start", "3. a\n4. b", '<ol start="3"><li>a</li><li>b</li></ol>'],
    ["a hard break", "a  \nb", "<p>a<br>\nb</p>"],
    ["a heading", "## Impact", "<h2>Impact</h2>"],
    [
      "an aligned table",
      "| a | b |\n|:-|-:|\n| 1 | 2 |",
      '<table><thead><tr><th align="left">a</th><th align="right">b</th></tr></thead><tbody><tr><td align="left">1</td><td align="right">2</td></tr></tbody></table>',
    ],
    [
      "a task list",
      "- [ ] todo\n- [x] done",
      '<ul class="contains-task-list"><li class="task-list-item"><input type="checkbox" disabled> todo</li><li class="task-list-item"><input type="checkbox" disabled checked> done</li></ul>',
    ],
    [
      "quotes and lists inside each other",
      "> q\n> - a\n>   - b",
      "<blockquote><p>q</p><ul><li>a<ul><li>b</li></ul></li></ul></blockquote>",
    ],
  ])("%s", (_name, md, expected) => {
    expect(html(md)).toBe(expected);
  });

  it("shows GFM footnotes as written instead of turning them into links", () => {
    expect(html("Text[^1]\n\n[^1]: The note")).toBe("<p>Text[^1]</p><p>[^1]: The note</p>");
    // Ordinary reference links still work.
    expect(html("[docs][d]\n\n[d]: https://a.example")).toBe('<p><a href="https://a.example">docs</a></p>');
  });

  it("keeps loose list items' paragraphs", () => {
    expect(html("- a\n\n- b")).toBe("<ul><li><p>a</p></li><li><p>b</p></li></ul>");
  });
});

describe("renderMarkdown: bounded and cached", () => {
  it("renders each distinct text once and returns the cached result after", () => {
    const text = `cache probe ${Math.random()}`;
    const before = renderCacheSize();
    const first = renderMarkdown(text);
    expect(renderCacheSize()).toBe(before + 1);
    expect(renderMarkdown(text)).toBe(first);
    expect(renderCacheSize()).toBe(before + 1);
  });

  it.each([
    ["4,000 nested quotes", ">".repeat(4000)],
    ["100,000 nested quotes", ">".repeat(MARKDOWN_MAX_CHARS)],
    ["a 1,000-deep list", Array.from({ length: 1000 }, (_, i) => "  ".repeat(i) + "- x").join("\n")],
    ["1,000 nested emphasis", "*".repeat(1000) + "a" + "*".repeat(1000)],
    [
      "a table of 10,000 cells",
      "|" +
        " a |".repeat(100) +
        "\n|" +
        "---|".repeat(100) +
        "\n" +
        ("|" + " b |".repeat(100) + "\n").repeat(99),
    ],
    ["an over-long text", "a".repeat(MARKDOWN_MAX_CHARS + 1)],
  ])("shows %s as plain text with the reason", (_name, text) => {
    const r = renderMarkdown(text);
    expect(r.kind).toBe("plain");
    if (r.kind === "plain") {
      expect(r.text).toBe(text);
      expect(r.reason.length).toBeGreaterThan(10);
    }
  });

  it("never throws on random input", () => {
    const alphabet = [
      "*",
      "_",
      "[",
      "]",
      "(",
      ")",
      ">",
      "-",
      " ",
      "\n",
      "`",
      "|",
      "!",
      "#",
      "<",
      "a",
      "1.",
      "~",
      "\\",
      "&",
    ];
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let round = 0; round < 200; round++) {
      let text = "";
      for (let i = 0; i < 400; i++) text += alphabet[next() % alphabet.length];
      expect(() => renderMarkdown(text)).not.toThrow();
    }
  });
});

describe("checkMarkdownLimits", () => {
  it("accepts what real postmortems contain", () => {
    const doc = `## What happened\n\nThe agent ran \`terraform destroy\` at **13:05**.\n\n> Rollback is impossible\n\n1. Why?\n   - Because\n     - Because\n       - Because\n\n| Metric | Value |\n|---|---|\n| Users | 61,300 |\n`;
    expect(checkMarkdownLimits(doc)).toEqual([]);
  });

  it("says what to change for each limit", () => {
    const { nesting, inlineNesting, tableColumns } = MARKDOWN_LIMITS;
    expect(checkMarkdownLimits(">".repeat(nesting + 1) + " x")[0]).toMatch(
      new RegExp(`nested ${nesting + 1} levels deep; use at most ${nesting} levels`),
    );
    expect(checkMarkdownLimits(">".repeat(4000))[0]).toMatch(/nested too deep; use at most/);
    const em = "**".repeat(inlineNesting + 1) + "x" + "**".repeat(inlineNesting + 1);
    expect(checkMarkdownLimits(em)[0]).toMatch(/Emphasis and links are nested \d+ levels deep/);
    const wide = "|" + " a |".repeat(tableColumns + 1) + "\n|" + "---|".repeat(tableColumns + 1);
    expect(checkMarkdownLimits(wide)[0]).toMatch(/A table has 51 columns; use at most 50/);
    expect(checkMarkdownLimits("- a\n".repeat(12_000))[0]).toMatch(/too much formatting .* at most 30,000/);
  });

  it("allows exactly the limit", () => {
    expect(checkMarkdownLimits(">".repeat(MARKDOWN_LIMITS.nesting) + " x")).toEqual([]);
  });
});
