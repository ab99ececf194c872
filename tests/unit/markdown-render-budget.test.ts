// Issue 8, stored denial of service through Markdown: no text that validation
// accepts may take the server more than 100 ms to render, and text it refuses
// is refused beside the field with a message that says what to change.
//
// Every adversarial body is built at the largest size any Markdown field
// accepts (a section body), with nesting at the limit and beyond. Time is the
// process's CPU time, best of three uncached renders, so other processes on a
// busy machine do not count against it.
import { describe, expect, it } from "vitest";
import { checkMarkdownLimits, MARKDOWN_LIMITS } from "@/lib/markdown/limits";
import { renderMarkdownUncached } from "@/lib/markdown/render";
import { saveSectionSchema, SECTION_BODY_LIMIT } from "@/lib/schemas/editing";
import { adversarialBodies } from "./markdown-bodies";

const BUDGET_MS = 100;

function cpuMs(run: () => void): number {
  let best = Infinity;
  // Three tries; three more when the best is near the budget (a busy machine).
  for (let i = 0; i < 6 && (i < 3 || best > BUDGET_MS / 2); i++) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

// At the nesting limit, one beyond it, and far beyond it; bodies that do not
// depend on the depth are tried once.
const depths = [MARKDOWN_LIMITS.nesting, MARKDOWN_LIMITS.nesting + 1, 40];
const seen = new Set<string>();
const cases = depths.flatMap((depth) =>
  Object.entries(adversarialBodies(SECTION_BODY_LIMIT, depth))
    .filter(([, body]) => !seen.has(body) && seen.add(body))
    .map(([name, body]) => ({ name: `${name} (depth ${depth})`, body })),
);

describe("Markdown render budget", () => {
  // Warm the JIT once so the first case does not pay for compilation.
  renderMarkdownUncached(cases[0]!.body);

  const accepted: string[] = [];
  const rejected: string[] = [];

  it.each(cases)("$name: refused with the field message, or rendered within budget", ({ name, body }) => {
    expect(body.length).toBeLessThanOrEqual(SECTION_BODY_LIMIT);
    const parsed = saveSectionSchema.safeParse({ baseVersion: 1, body });
    if (!parsed.success) {
      const problems = checkMarkdownLimits(body);
      expect(problems.length).toBeGreaterThan(0);
      for (const issue of parsed.error.issues) {
        expect(issue.path).toEqual(["body"]);
        expect(problems).toContain(issue.message);
      }
      rejected.push(name);
      return;
    }
    let kind = "";
    const ms = cpuMs(() => {
      kind = renderMarkdownUncached(body).kind;
    });
    expect(kind, "an accepted body is formatted, not shown as plain text").toBe("html");
    expect(ms, `${name} took ${ms.toFixed(1)} ms of CPU`).toBeLessThan(BUDGET_MS);
    accepted.push(`${name} ${ms.toFixed(0)} ms`);
  });

  it("covers both outcomes", () => {
    // Both sides must be exercised, or the limits (or the generators) are wrong.
    expect(accepted.length).toBeGreaterThan(30);
    expect(rejected.length).toBeGreaterThan(10);
    console.info(
      `Markdown render budget: ${accepted.length} accepted (${accepted.join(", ")}); ${rejected.length} refused`,
    );
  });
});
