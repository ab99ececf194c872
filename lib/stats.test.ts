import { describe, expect, it } from "vitest";
import { percentile, summarize } from "./stats";

describe("summaries", () => {
  it("gives mean, median and p90", () => {
    const s = summarize([10, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(s).toEqual({ count: 10, mean: 5.5, median: 5.5, p90: 9 });
  });
  it("handles odd counts and empty input", () => {
    expect(summarize([3, 1, 2]).median).toBe(2);
    expect(summarize([])).toEqual({ count: 0, mean: null, median: null, p90: null });
  });
  it("uses the nearest rank", () => {
    expect(percentile([1, 2, 3, 4, 5], 90)).toBe(5);
    expect(percentile([1, 2, 3, 4, 5], 50)).toBe(3);
  });
});
