import { describe, expect, it } from "vitest";
import { SizedLru } from "./lru";

describe("SizedLru", () => {
  const lru = () => new SizedLru<string>(10, (key, value) => key.length + value.length);

  it("evicts the least recently used entries once the budget is exceeded", () => {
    const cache = lru();
    cache.set("a", "1111"); // 5
    cache.set("b", "2222"); // 10
    expect(cache.get("a")).toBe("1111"); // a is now the most recent
    cache.set("c", "3"); // 12 > 10: b goes
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe("1111");
    expect(cache.get("c")).toBe("3");
    expect(cache.usedBudget).toBe(7);
  });

  it("replaces an entry's size when it is set again, and never keeps one larger than the budget", () => {
    const cache = lru();
    cache.set("a", "1");
    cache.set("a", "12345");
    expect(cache.usedBudget).toBe(6);
    cache.set("big", "x".repeat(20));
    expect(cache.get("big")).toBeUndefined();
    expect(cache.size).toBe(1);
  });
});
