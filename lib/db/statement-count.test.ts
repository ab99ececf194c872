import { afterEach, describe, expect, it, vi } from "vitest";
import { countingStatements, countStatement, statementCount } from "./statement-count";

describe("statement count", () => {
  const before = process.env.KINTSUGI_COUNT_STATEMENTS;
  afterEach(() => {
    if (before === undefined) delete process.env.KINTSUGI_COUNT_STATEMENTS;
    else process.env.KINTSUGI_COUNT_STATEMENTS = before;
    vi.restoreAllMocks();
  });

  it("is off unless KINTSUGI_COUNT_STATEMENTS asks for it", () => {
    delete process.env.KINTSUGI_COUNT_STATEMENTS;
    expect(countingStatements()).toBe(false);
    process.env.KINTSUGI_COUNT_STATEMENTS = "1";
    expect(countingStatements()).toBe(true);
    process.env.KINTSUGI_COUNT_STATEMENTS = "print";
    expect(countingStatements()).toBe(true);
  });

  it("counts, and with print logs each statement", () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    process.env.KINTSUGI_COUNT_STATEMENTS = "1";
    const start = statementCount();
    countStatement({ query: "SELECT 1" });
    expect(statementCount()).toBe(start + 1);
    expect(log).not.toHaveBeenCalled();
    process.env.KINTSUGI_COUNT_STATEMENTS = "print";
    countStatement({ query: "SELECT 2" });
    expect(statementCount()).toBe(start + 2);
    expect(log).toHaveBeenCalledWith(`[sql ${start + 2}] SELECT 2`);
  });
});
