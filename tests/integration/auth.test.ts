import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { RuleError } from "@/lib/errors";
import { loadActor } from "@/server/auth/actor";
import { checkCredentials } from "@/server/auth/credentials";
import { resolveSsoUser } from "@/server/auth/sso";
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS } from "@/server/auth/throttle";
import { createInvite } from "@/server/teams/mutations";
import { changePassword, setUserActive, signUp } from "@/server/users/mutations";
import { TEST_PASSWORD, actorFor, makeTeamWithRoles, makeUser } from "./factories";

describe("sign-up", () => {
  it("makes the first user site admin, then requires an invite", async () => {
    const first = await signUp({ name: "Ada", email: "ada@example.test", password: "a-long-password" });
    expect(first.isAdmin).toBe(true);
    await expect(
      signUp({ name: "Bob", email: "bob@example.test", password: "a-long-password" }),
    ).rejects.toBeInstanceOf(RuleError);
    await expect(
      signUp({ name: "Ada 2", email: "ada@example.test", password: "a-long-password" }),
    ).rejects.toMatchObject({ field: "email" });
  });

  it("signs up through an invite into the team, for the invited email only", async () => {
    const { team, MANAGER } = await makeTeamWithRoles();
    const invite = await createInvite(MANAGER, team.id, { email: "carol@example.test", role: "WRITER" });
    await expect(
      signUp({ name: "Eve", email: "eve@example.test", password: "a-long-password", invite: invite.token }),
    ).rejects.toMatchObject({
      field: "email",
    });
    const carol = await signUp({
      name: "Carol",
      email: "carol@example.test",
      password: "a-long-password",
      invite: invite.token,
    });
    expect(carol.isAdmin).toBe(false);
    expect((await actorFor(carol.id)).memberships).toEqual([
      expect.objectContaining({ teamId: team.id, role: "WRITER" }),
    ]);
  });
});

describe("credentials and throttling", () => {
  it("accepts the right password and rejects a wrong one without saying which part was wrong", async () => {
    const user = await makeUser({ email: "dan@example.test" });
    expect(
      await checkCredentials({ email: "DAN@example.test ", password: TEST_PASSWORD }, "10.0.0.1"),
    ).toMatchObject({ ok: true, user: { id: user.id } });
    expect(await checkCredentials({ email: "dan@example.test", password: "nope" }, "10.0.0.1")).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await checkCredentials({ email: "nobody@example.test", password: "nope" }, "10.0.0.1")).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await checkCredentials({ email: "not-an-email", password: "" }, null)).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("throttles an account after repeated failures, even with the right password", async () => {
    await makeUser({ email: "erin@example.test" });
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      await checkCredentials({ email: "erin@example.test", password: `wrong-${i}` }, `10.0.1.${i}`);
    }
    expect(
      await checkCredentials({ email: "erin@example.test", password: TEST_PASSWORD }, "10.0.2.1"),
    ).toEqual({ ok: false, reason: "throttled" });
  });

  it("throttles an address that tries many accounts", async () => {
    await makeUser({ email: "fay@example.test" });
    await db.signInAttempt.createMany({
      data: Array.from({ length: MAX_FAILURES_PER_ADDRESS }, () => ({ key: "ip:10.9.9.9", success: false })),
    });
    expect(
      await checkCredentials({ email: "fay@example.test", password: TEST_PASSWORD }, "10.9.9.9"),
    ).toEqual({ ok: false, reason: "throttled" });
    expect(
      await checkCredentials({ email: "fay@example.test", password: TEST_PASSWORD }, "10.9.9.8"),
    ).toMatchObject({ ok: true });
  });

  it("refuses deactivated users", async () => {
    const admin = await actorFor((await makeUser({ isAdmin: true })).id);
    const user = await makeUser({ email: "gus@example.test" });
    await setUserActive(admin, user.id, false);
    expect(await checkCredentials({ email: "gus@example.test", password: TEST_PASSWORD }, null)).toEqual({
      ok: false,
      reason: "invalid",
    });
  });
});

describe("session validity", () => {
  it("ends sessions on deactivation, password change and at the absolute lifetime", async () => {
    const user = await makeUser();
    const claims = { userId: user.id, sessionVersion: user.sessionVersion, authTime: Date.now() };
    expect(await loadActor(claims, 3600_000)).not.toBeNull();
    expect(await loadActor({ ...claims, authTime: Date.now() - 3600_001 }, 3600_000)).toBeNull();

    await changePassword(await actorFor(user.id), {
      currentPassword: TEST_PASSWORD,
      newPassword: "another-long-password",
    });
    expect(await loadActor(claims, 3600_000)).toBeNull();

    const admin = await actorFor((await makeUser({ isAdmin: true })).id);
    const other = await makeUser();
    const otherClaims = { userId: other.id, sessionVersion: other.sessionVersion, authTime: Date.now() };
    await setUserActive(admin, other.id, false);
    expect(await loadActor(otherClaims, 3600_000)).toBeNull();
    await expect(setUserActive(admin, admin.userId, false)).rejects.toBeInstanceOf(RuleError);
  });

  it("rejects a wrong current password", async () => {
    const user = await makeUser();
    await expect(
      changePassword(await actorFor(user.id), {
        currentPassword: "wrong",
        newPassword: "another-long-password",
      }),
    ).rejects.toMatchObject({
      field: "currentPassword",
    });
  });
});

describe("single sign-on users", () => {
  it("creates a user on first SSO sign-in and finds it again", async () => {
    await makeUser(); // not the first user
    const profile = {
      provider: "oidc",
      providerAccountId: "sub-1",
      email: "Hal@Example.test",
      emailVerified: true,
      name: "Hal",
    };
    const created = await resolveSsoUser(profile);
    const again = await resolveSsoUser(profile);
    expect(again?.id).toBe(created?.id);
    const user = await db.user.findUniqueOrThrow({ where: { id: created!.id } });
    expect(user.email).toBe("hal@example.test");
    expect(user.isAdmin).toBe(false);
  });

  it("links an existing account only for a verified email", async () => {
    const local = await makeUser({ email: "ivy@example.test" });
    expect(
      await resolveSsoUser({
        provider: "oidc",
        providerAccountId: "sub-2",
        email: "ivy@example.test",
        emailVerified: false,
        name: null,
      }),
    ).toBeNull();
    const linked = await resolveSsoUser({
      provider: "oidc",
      providerAccountId: "sub-2",
      email: "ivy@example.test",
      emailVerified: true,
      name: null,
    });
    expect(linked?.id).toBe(local.id);
  });

  it("refuses deactivated users", async () => {
    const admin = await actorFor((await makeUser({ isAdmin: true })).id);
    const user = await resolveSsoUser({
      provider: "oidc",
      providerAccountId: "sub-3",
      email: "jo@example.test",
      emailVerified: true,
      name: "Jo",
    });
    await setUserActive(admin, user!.id, false);
    expect(
      await resolveSsoUser({
        provider: "oidc",
        providerAccountId: "sub-3",
        email: "jo@example.test",
        emailVerified: true,
        name: "Jo",
      }),
    ).toBeNull();
  });
});
