import { describe, expect, it } from "vitest";
import { fingerprintKey } from "./fingerprint";

describe("fingerprintKey", () => {
  const at = new Date("2026-11-20T13:05:00Z");
  it("ignores case of the actor and extra whitespace in the description", () => {
    expect(fingerprintKey(at, " Ana Ops ", "Checkout  is\n down ")).toBe(
      fingerprintKey(at, "ana ops", "Checkout is down"),
    );
  });
  it("differs by time, actor and description", () => {
    const base = fingerprintKey(at, "A", "x");
    expect(fingerprintKey(new Date(at.getTime() + 1), "A", "x")).not.toBe(base);
    expect(fingerprintKey(at, "B", "x")).not.toBe(base);
    expect(fingerprintKey(at, null, "x")).not.toBe(base);
    expect(fingerprintKey(at, "A", "y")).not.toBe(base);
  });
});
