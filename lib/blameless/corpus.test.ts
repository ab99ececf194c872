import { describe, expect, it } from "vitest";
import { checkBlameless } from "./check";
import { blamelessRules } from "./rules";
import { blamelessCorpus, corpusNames } from "./corpus";

// Sentence-level figures: a sentence is a true positive when the checker flags it and it is
// labelled with at least one rule; a false positive when flagged but labelled clean; a false
// negative when labelled but not flagged.
function evaluate() {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  let exactRules = 0;
  const misses: string[] = [];
  for (const entry of blamelessCorpus) {
    const got = [...new Set(checkBlameless(entry.text, { names: corpusNames }).map((f) => f.ruleId))].sort();
    const expected = [...entry.expected].sort();
    const flagged = got.length > 0;
    const labelled = expected.length > 0;
    if (flagged && labelled) tp++;
    else if (flagged) fp++;
    else if (labelled) fn++;
    else tn++;
    if (got.join() === expected.join()) exactRules++;
    else misses.push(`expected [${expected.join(", ")}], got [${got.join(", ")}]: ${entry.text}`);
  }
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  return { tp, fp, fn, tn, precision, recall, exactRules, misses };
}

describe("blameless corpus", () => {
  it("is large, roughly balanced and uses known rule ids", () => {
    expect(blamelessCorpus.length).toBeGreaterThanOrEqual(120);
    const clean = blamelessCorpus.filter((e) => e.expected.length === 0).length;
    expect(clean / blamelessCorpus.length).toBeGreaterThan(0.4);
    expect(clean / blamelessCorpus.length).toBeLessThan(0.6);
    const ids = new Set<string>(blamelessRules.map((r) => r.id));
    for (const entry of blamelessCorpus) for (const id of entry.expected) expect(ids.has(id), id).toBe(true);
    expect(new Set(blamelessCorpus.map((e) => e.text)).size).toBe(blamelessCorpus.length);
  });

  it("reaches precision ≥ 0.95 and recall ≥ 0.9 over flagged sentences", () => {
    const r = evaluate();
    console.log(
      `blameless corpus: ${blamelessCorpus.length} sentences, TP ${r.tp}, FP ${r.fp}, FN ${r.fn}, TN ${r.tn}; ` +
        `precision ${r.precision.toFixed(3)}, recall ${r.recall.toFixed(3)}; ` +
        `exact rule sets ${r.exactRules}/${blamelessCorpus.length}`,
    );
    if (r.misses.length) console.log("blameless corpus disagreements:\n  " + r.misses.join("\n  "));
    expect(r.precision).toBeGreaterThanOrEqual(0.95);
    expect(r.recall).toBeGreaterThanOrEqual(0.9);
  });
});
