import { describe, expect, it } from "vitest";
import { personalWords, weakPasswordReason } from "./password-strength";

const ada = personalWords({ email: "ada.lovelace@example.test", name: "Ada Lovelace" });

describe("weakPasswordReason", () => {
  it.each(["password12", "1234567890", "qwertyuiop", "letmein12345", "iloveyou2024", "P@ssw0rd123"])(
    "refuses the common password %j and says why",
    async (password) => {
      const reason = await weakPasswordReason(password, ada);
      expect(reason).toMatch(/^This password is too easy to guess\. \S/);
    },
  );

  it("refuses passwords made of the app's name or the person's details", async () => {
    expect(await weakPasswordReason("kintsugi-demo", ada)).toMatch(/personal or page related/);
    expect(await weakPasswordReason("Kintsugi2026!", ada)).not.toBeNull();
    expect(await weakPasswordReason("lovelace1234", ada)).not.toBeNull();
    expect(await weakPasswordReason("ada.lovelace@example.test", ada)).not.toBeNull();
  });

  it("accepts passwords that are hard to guess", async () => {
    for (const password of [
      "correct-horse-battery",
      "blue-lantern-47",
      "my dog rex likes cheese",
      "Tr0ub4dor&3x",
    ]) {
      expect(await weakPasswordReason(password, ada)).toBeNull();
    }
  });

  it("answers quickly for long inputs", async () => {
    const started = Date.now();
    await weakPasswordReason("ab".repeat(512), ada);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe("personalWords", () => {
  it("splits the email and name and adds the app's name", () => {
    expect(ada).toEqual(
      expect.arrayContaining(["kintsugi", "ada.lovelace@example.test", "ada", "lovelace", "example", "test"]),
    );
  });
});
