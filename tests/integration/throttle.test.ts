// Password-guess throttling (server/auth/throttle.ts): which address counts,
// the pair, address and account limits, and the password-change form.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { authorizeCredentials, checkCredentials } from "@/server/auth/credentials";
import { THROTTLE, cleanUpAttempts } from "@/server/auth/throttle";
import { changePassword } from "@/server/users/mutations";
import { TEST_PASSWORD, actorFor, makeUser } from "./factories";

const PEER = "x-kintsugi-peer-address";

/** The request headers next-auth hands to authorize(): a plain object. */
const fromSocket = (peer: string, forwardedFor?: string) => ({
  [PEER]: peer,
  ...(forwardedFor && { "x-forwarded-for": forwardedFor }),
});

async function attempt(email: string, password: string, headers: Record<string, string>, hops: number) {
  try {
    return (await authorizeCredentials({ email, password }, headers, hops)) ? "ok" : "wrong";
  } catch (error) {
    return (error as Error).message;
  }
}

describe("the client address", () => {
  it("ignores rotated X-Forwarded-For values with no trusted proxy: all from one socket are throttled", async () => {
    await makeUser({ email: "ann@example.test" });
    const results: string[] = [];
    for (let i = 0; i < 25; i++) {
      // One socket address, a new forged X-Forwarded-For every time.
      results.push(
        await attempt("ann@example.test", `guess-${i}`, fromSocket("203.0.113.50", `10.1.${i}.1`), 0),
      );
    }
    expect(results.slice(0, THROTTLE.pair.max)).toEqual(Array(THROTTLE.pair.max).fill("wrong"));
    expect(results.slice(THROTTLE.pair.max)).toEqual(Array(25 - THROTTLE.pair.max).fill("TooManyAttempts"));
    // Spraying many accounts from the socket runs into the address limit the same way.
    const sprayed: string[] = [];
    for (let i = 0; i < 25; i++) {
      sprayed.push(
        await attempt(`nobody-${i}@example.test`, "guess", fromSocket("198.51.100.9", `10.2.${i}.1`), 0),
      );
    }
    expect(sprayed.filter((r) => r === "TooManyAttempts")).toHaveLength(25 - THROTTLE.address.max);
    expect(await db.signInAttempt.count({ where: { key: { startsWith: "ip:10." } } })).toBe(0);
  });

  it("takes the address the trusted proxy appended with one hop", async () => {
    await makeUser({ email: "bea@example.test" });
    const proxy = "10.0.0.2";
    // The client forges the left part; the proxy appends the real address (203.0.113.9).
    for (let i = 0; i < THROTTLE.pair.max; i++) {
      expect(
        await attempt("bea@example.test", "guess", fromSocket(proxy, `6.6.${i}.6, 203.0.113.9`), 1),
      ).toBe("wrong");
    }
    expect(await db.signInAttempt.count({ where: { key: "ip:203.0.113.9" } })).toBe(THROTTLE.pair.max);
    expect(
      await attempt("bea@example.test", TEST_PASSWORD, fromSocket(proxy, "7.7.7.7, 203.0.113.9"), 1),
    ).toBe("TooManyAttempts");
    // Another client behind the same proxy is not affected.
    expect(
      await attempt("bea@example.test", TEST_PASSWORD, fromSocket(proxy, "203.0.113.9, 203.0.113.10"), 1),
    ).toBe("ok");
  });

  it("without the peer header, puts every request in one 'unknown' bucket", async () => {
    await makeUser({ email: "cat@example.test" });
    for (let i = 0; i < THROTTLE.pair.max; i++) {
      await attempt("cat@example.test", "guess", { "x-forwarded-for": `10.3.${i}.1` }, 0);
    }
    expect(await db.signInAttempt.count({ where: { key: "ip:unknown" } })).toBe(THROTTLE.pair.max);
  });
});

describe("limits", () => {
  it("locks the account-and-address pair only: the same account still signs in from elsewhere", async () => {
    await makeUser({ email: "dee@example.test" });
    for (let i = 0; i < THROTTLE.pair.max; i++) {
      await checkCredentials({ email: "dee@example.test", password: `guess-${i}` }, "203.0.113.66");
    }
    expect(
      await checkCredentials({ email: "dee@example.test", password: TEST_PASSWORD }, "203.0.113.66"),
    ).toEqual({
      ok: false,
      reason: "throttled",
      limit: "pair",
    });
    expect(
      await checkCredentials({ email: "dee@example.test", password: TEST_PASSWORD }, "198.51.100.20"),
    ).toMatchObject({ ok: true });
    // Other accounts from the locked address are not locked by the pair.
    await makeUser({ email: "eve@example.test" });
    expect(
      await checkCredentials({ email: "eve@example.test", password: TEST_PASSWORD }, "203.0.113.66"),
    ).toMatchObject({ ok: true });
  });

  it("counts IPv6 addresses of one /64 together", async () => {
    await makeUser({ email: "fia@example.test" });
    for (let i = 0; i < THROTTLE.pair.max; i++) {
      await checkCredentials({ email: "fia@example.test", password: "guess" }, `2001:db8:1:2::${i + 1}`);
    }
    expect(
      await checkCredentials({ email: "fia@example.test", password: TEST_PASSWORD }, "2001:db8:1:2::ffff"),
    ).toMatchObject({ ok: false, reason: "throttled" });
    expect(
      await checkCredentials({ email: "fia@example.test", password: TEST_PASSWORD }, "2001:db8:1:3::1"),
    ).toMatchObject({ ok: true });
  });

  it("does not reset the address counter when the attacker signs in to their own account", async () => {
    await makeUser({ email: "mallory@example.test" });
    await makeUser({ email: "gil@example.test" });
    const address = "203.0.113.77";
    await db.signInAttempt.createMany({
      data: Array.from({ length: THROTTLE.address.max - 1 }, () => ({
        key: `ip:${address}`,
        success: false,
      })),
    });
    expect(
      await checkCredentials({ email: "mallory@example.test", password: TEST_PASSWORD }, address),
    ).toMatchObject({ ok: true });
    expect(await checkCredentials({ email: "gil@example.test", password: "guess" }, address)).toEqual({
      ok: false,
      reason: "invalid",
    });
    // That was failure number 20 from the address: everything from it now waits, the attacker's own account too.
    expect(await checkCredentials({ email: "gil@example.test", password: TEST_PASSWORD }, address)).toEqual({
      ok: false,
      reason: "throttled",
      limit: "address",
    });
    expect(
      await checkCredentials({ email: "mallory@example.test", password: TEST_PASSWORD }, address),
    ).toMatchObject({ ok: false, reason: "throttled" });
  });

  it("a success clears the pair's own failures", async () => {
    await makeUser({ email: "hal@example.test" });
    for (let i = 0; i < THROTTLE.pair.max - 1; i++) {
      await checkCredentials({ email: "hal@example.test", password: "typo" }, "203.0.113.88");
    }
    expect(
      await checkCredentials({ email: "hal@example.test", password: TEST_PASSWORD }, "203.0.113.88"),
    ).toMatchObject({ ok: true });
    for (let i = 0; i < THROTTLE.pair.max - 1; i++) {
      await checkCredentials({ email: "hal@example.test", password: "typo" }, "203.0.113.88");
    }
    expect(
      await checkCredentials({ email: "hal@example.test", password: TEST_PASSWORD }, "203.0.113.88"),
    ).toMatchObject({ ok: true });
  });

  it("locks the account everywhere after many failures from many addresses, except where it signed in before", async () => {
    await makeUser({ email: "ida@example.test" });
    // The real user signed in from home last week.
    await db.signInAttempt.create({
      data: {
        key: "pair:ida@example.test|198.51.100.1",
        success: true,
        createdAt: new Date(Date.now() - 7 * 86_400_000),
      },
    });
    // A distributed attack: 4 failures from each of many addresses, under every per-address limit.
    const rows = Array.from({ length: THROTTLE.account.max }, (_, n) => [
      { key: "email:ida@example.test", success: false },
      { key: `pair:ida@example.test|10.9.0.${Math.floor(n / 4)}`, success: false },
    ]).flat();
    await db.signInAttempt.createMany({ data: rows });
    expect(
      await checkCredentials({ email: "ida@example.test", password: TEST_PASSWORD }, "203.0.113.99"),
    ).toEqual({
      ok: false,
      reason: "throttled",
      limit: "account",
    });
    await expect(
      authorizeCredentials(
        { email: "ida@example.test", password: TEST_PASSWORD },
        fromSocket("203.0.113.99"),
        0,
      ),
    ).rejects.toThrow("AccountThrottled");
    // From home the real user still gets in.
    expect(
      await checkCredentials({ email: "ida@example.test", password: TEST_PASSWORD }, "198.51.100.1"),
    ).toMatchObject({
      ok: true,
    });
  });

  it("forgets failures once they leave the window, and cleans up old rows", async () => {
    await makeUser({ email: "jon@example.test" });
    const old = new Date(Date.now() - THROTTLE.pair.windowMs - 1000);
    await db.signInAttempt.createMany({
      data: Array.from({ length: THROTTLE.pair.max }, () => ({
        key: "pair:jon@example.test|203.0.113.5",
        success: false,
        createdAt: old,
      })),
    });
    expect(
      await checkCredentials({ email: "jon@example.test", password: TEST_PASSWORD }, "203.0.113.5"),
    ).toMatchObject({
      ok: true,
    });
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000);
    await db.signInAttempt.createMany({
      data: [
        { key: "ip:203.0.113.5", success: false, createdAt: twoDaysAgo },
        { key: "pair:jon@example.test|203.0.113.5", success: true, createdAt: twoDaysAgo },
      ],
    });
    const before = await db.signInAttempt.count();
    // Failures older than a day go; recent ones (still counted by the account limit) stay.
    expect(await cleanUpAttempts(new Date())).toBe(1);
    expect(await db.signInAttempt.count()).toBe(before - 1);
    // The old success is kept: it makes the address known to the account limit.
    expect(await db.signInAttempt.count({ where: { success: true, createdAt: twoDaysAgo } })).toBe(1);
  });
});

describe("the password-change form", () => {
  it("throttles guesses of the current password like sign-in guesses", async () => {
    const user = await makeUser({ email: "kay@example.test" });
    const actor = await actorFor(user.id);
    const change = (currentPassword: string, address: string) =>
      changePassword(actor, { currentPassword, newPassword: "quiet-harbor-lamp" }, address);
    for (let i = 0; i < THROTTLE.pair.max; i++) {
      await expect(change(`guess-${i}`, "203.0.113.120")).rejects.toMatchObject({
        field: "currentPassword",
        message: "That is not your current password.",
      });
    }
    await expect(change(TEST_PASSWORD, "203.0.113.120")).rejects.toMatchObject({
      field: "currentPassword",
      message: expect.stringMatching(/^Too many wrong passwords/),
    });
    // The same store: sign-in from that address is throttled for this account too.
    expect(
      await checkCredentials({ email: "kay@example.test", password: TEST_PASSWORD }, "203.0.113.120"),
    ).toMatchObject({ ok: false, reason: "throttled" });
    // From another address the real user can still change it.
    await change(TEST_PASSWORD, "198.51.100.120");
    expect(
      await checkCredentials({ email: "kay@example.test", password: "quiet-harbor-lamp" }, "198.51.100.120"),
    ).toMatchObject({ ok: true });
  });
});
