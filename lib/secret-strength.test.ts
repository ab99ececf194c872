import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { MIN_SECRET_BITS, estimateSecretBits, secretWeakness } from "./secret-strength";

describe("secret strength", () => {
  it("accepts what a random generator gives for 32 bytes", () => {
    // openssl rand -base64 32, openssl rand -hex 32
    expect(secretWeakness("VDEzMSV9sBfNEaPjQ0cIcwRnu90MMAw28C6VkQPrg6k=")).toBeNull();
    expect(secretWeakness("be934adfb0713b0c0e0227079ba6693e0e823eefbd809247a8cf5970fe424de5")).toBeNull();
    for (let i = 0; i < 200; i++) {
      const bytes = crypto.randomBytes(32);
      for (const encoding of ["base64", "base64url", "hex"] as const) {
        const secret = bytes.toString(encoding);
        expect(estimateSecretBits(secret), secret).toBeGreaterThanOrEqual(MIN_SECRET_BITS);
      }
    }
  });

  it("accepts a long passphrase of printable characters without repeats", () => {
    expect(secretWeakness("Tr0ub4dor&3 gulps 7 violet kettles; zephyr-mango quietly unlocks Ω")).toBeNull();
  });

  it("refuses short secrets", () => {
    expect(secretWeakness("abc")).toMatch(/too weak .*openssl rand -base64 32/);
    expect(secretWeakness("")).not.toBeNull();
    // 24 and 31 random bytes are not 32.
    expect(estimateSecretBits(crypto.randomBytes(24).toString("base64"))).toBeLessThan(MIN_SECRET_BITS);
    expect(estimateSecretBits(crypto.randomBytes(31).toString("hex"))).toBeLessThan(MIN_SECRET_BITS);
  });

  it("refuses long secrets that repeat themselves", () => {
    expect(secretWeakness("a".repeat(200))).not.toBeNull();
    expect(secretWeakness("kintsugi-secret-".repeat(10))).not.toBeNull();
    expect(secretWeakness("changeme".repeat(40))).not.toBeNull();
    // A real random value written twice carries no more than once.
    const once = crypto.randomBytes(20).toString("base64url");
    expect(secretWeakness(once + once + once)).not.toBeNull();
  });

  it("refuses sequences", () => {
    expect(secretWeakness("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")).not.toBeNull();
    expect(secretWeakness(Array.from({ length: 100 }, (_, i) => i).join(""))).not.toBeNull();
    expect(secretWeakness("0123456789abcdef".repeat(8))).not.toBeNull();
  });

  it("says how strong the secret is", () => {
    expect(secretWeakness("abc")).toBe(
      "is too weak to sign sessions (about 12 bits of entropy; at least 256, 32 random bytes, are needed). " +
        "Generate one with: openssl rand -base64 32",
    );
  });
});
