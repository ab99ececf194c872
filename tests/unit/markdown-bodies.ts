// Adversarial Markdown for the render-budget test: each generator fills about
// `size` characters with one construct that is expensive for Markdown parsers
// (deep containers, lazy continuation lines, delimiter runs, bracket chains,
// backtick runs, link references, autolinks, tables, hard breaks, ...).
// `depth` is the nesting the generators use (the limit, or beyond it).

const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

function lines(size: number, line: (i: number) => string): string {
  const out: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const l = line(i) + "\n";
    out.push(l);
    length += l.length;
  }
  return out.join("").slice(0, size);
}

const prose = `## What happened

At 13:05 the deploy agent ran \`terraform destroy\` against the *production* account, believing it was
**staging** ([run log](https://ci.example.com/runs/4411)). The role it used had been inherited from an
operator session, so the two-person sign-off never applied.

- Detection took 31 minutes: the synthetic probe alerted, but the page went to a muted channel.
- Recovery needed the final snapshot; restore times had never been rehearsed.

> "Rollback is impossible" — the agent's claim, later refuted.

`;

export function adversarialBodies(size: number, depth: number): Record<string, string> {
  const half = Math.max(1, Math.floor(depth / 2));
  const lazy = (opener: string, width: number) =>
    (opener + "\n" + fill("y".repeat(width) + "\n", size)).slice(0, size);
  const listOpener = Array.from({ length: depth }, (_, i) => "  ".repeat(i) + "- x").join("\n");
  const table = (cols: number, rows: number) =>
    "|" +
    " h |".repeat(cols) +
    "\n|" +
    "---|".repeat(cols) +
    "\n" +
    ("|" + " c |".repeat(cols) + "\n").repeat(rows);
  return {
    prose: fill(prose, size),
    quoteEachLine: lines(size, () => ">".repeat(depth) + " x"),
    quoteSpaced: lines(size, () => "> ".repeat(depth) + "x"),
    quoteLazy1: lazy(">".repeat(depth) + " x", 1),
    quoteLazy3: lazy(">".repeat(depth) + " x", 3),
    quoteLazy8: lazy(">".repeat(depth) + " x", 8),
    listStaircase: lines(size, (i) => "  ".repeat(i % depth) + "- x"),
    listLazy3: lazy(listOpener, 3),
    listLazy8: lazy(listOpener, 8),
    listOneLine: lines(size, () => "- ".repeat(depth) + "x"),
    quoteListMix: lines(size, () => "> - ".repeat(half) + "x"),
    quoteListLazy: lazy("> - ".repeat(half) + "x", 3),
    emphasisRun: fill("*a ", size),
    strongRun: fill("**a ", size),
    mixedDelimiters: fill("*_", size),
    nestedEmphasis: "**".repeat(depth) + "a" + "**".repeat(depth) + " " + fill("*a* ", size - 4 * depth - 2),
    underscoreRun: fill("_", size),
    backtickRuns: (() => {
      let s = "";
      for (let i = 1; s.length < size; i++) s += "`".repeat((i % 300) + 1) + " a ";
      return s.slice(0, size);
    })(),
    openBrackets: fill("[", size),
    openImages: fill("![", size),
    bracketParens: fill("[a](", size),
    linkChain: fill("[a](b) ", size),
    linkLabels: fill("[a][", size),
    referenceLinks: (() => {
      const n = Math.floor(size / 45);
      const defs = Array.from({ length: n }, (_, i) => `[r${i}]: https://x.example/${i}`).join("\n");
      const refs = Array.from({ length: n }, (_, i) => `[r${i}]`).join(" ");
      return (defs + "\n\n" + refs).slice(0, size);
    })(),
    bareUrls: fill("www.example.com ", size),
    httpUrls: fill("https://a.example/b?c=d ", size),
    emails: fill("a@b.example ", size),
    entities: fill("&amp;&#123;&#x1F600;", size),
    angleBrackets: fill("<a ", size),
    htmlTags: fill("<div><script>x</script></div>", size),
    escapes: fill("\\*", size),
    hardBreaks: fill("a  \n", size),
    headings: fill("# a\n", size),
    rules: fill("***\n", size),
    fences: fill("```\n", size),
    indentedCode: fill("    code\n", size),
    listItems: fill("- a\n", size),
    taskItems: fill("- [ ] a\n", size),
    tableTall: table(10, Math.floor(size / 41)).slice(0, size),
    tableWide: table(50, Math.floor(size / 201)).slice(0, size),
    tableLargestAllowed: table(50, 99).slice(0, size),
    tableManySmall: fill(table(4, 4) + "\n", size),
    oneLongLine: fill("word ", size),
  };
}
