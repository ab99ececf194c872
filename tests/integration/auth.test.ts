import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { RuleError } from "@/lib/errors";
import { loadActor } from "@/server/auth/actor";
import { authorizeCredentials, checkCredentials } from "@/server/auth/credentials";
import { resolveSsoUser } from "@/server/auth/sso";
import { createInvite } from "@/server/teams/mutations";
import { changePassword, setUserActive, signUp } from "@/server/users/mutations";
import { TEST_PASSWORD, actorFor, makeSession, makeTeamWithRoles, makeUser } from "./factories";

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

describe("credentials", () => {
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
  });

  it("says which fields are missing or malformed instead of 'wrong email or password'", async () => {
    expect(await checkCredentials({ email: "", password: "" }, "10.0.0.1")).toEqual({
      ok: false,
      reason: "fields",
      fields: ["email", "password"],
    });
    expect(await checkCredentials({ email: "not-an-email", password: "x" }, "10.0.0.1")).toEqual({
      ok: false,
      reason: "fields",
      fields: ["email"],
    });
    await expect(authorizeCredentials({ email: "dan@example.test", password: "" }, {}, 0)).rejects.toThrow(
      "SignInFields:password",
    );
    // Nothing was counted as a failed guess.
    expect(await db.signInAttempt.count()).toBe(0);
  });

  it("refuses deactivated users", async () => {
    const admin = await actorFor((await makeUser({ isAdmin: true })).id);
    const user = await makeUser({ email: "gus@example.test" });
    await setUserActive(admin, user.id, false);
    expect(
      await checkCredentials({ email: "gus@example.test", password: TEST_PASSWORD }, "10.0.0.1"),
    ).toEqual({
      ok: false,
      reason: "invalid",
    });
  });
});

describe("common passwords", () => {
  it.each(["password12", "1234567890", "kintsugi-demo"])(
    "are refused at sign-up, beside the field: %s",
    async (password) => {
      await expect(signUp({ name: "Ada", email: "ada@example.test", password })).rejects.toMatchObject({
        field: "password",
        message: expect.stringMatching(/^This password is too easy to guess\. .+/),
      });
      expect(await db.user.count()).toBe(0);
    },
  );

  it("are refused when accepting an invite, and the invite stays open", async () => {
    const { team, MANAGER } = await makeTeamWithRoles();
    const invite = await createInvite(MANAGER, team.id, { email: "kim@example.test", role: "WRITER" });
    await expect(
      signUp({ name: "Kim", email: "kim@example.test", password: "kim@example.test", invite: invite.token }),
    ).rejects.toMatchObject({ field: "password" });
    expect(await db.user.count({ where: { email: "kim@example.test" } })).toBe(0);
    await signUp({
      name: "Kim",
      email: "kim@example.test",
      password: "quiet-harbor-lamp",
      invite: invite.token,
    });
  });

  it("are refused as a new password, and the old one keeps working", async () => {
    const user = await makeUser({ email: "lee@example.test" });
    await expect(
      changePassword(
        await actorFor(user.id),
        { currentPassword: TEST_PASSWORD, newPassword: "password12" },
        "10.0.0.1",
      ),
    ).rejects.toMatchObject({ field: "newPassword", message: expect.stringMatching(/too easy to guess/) });
    expect(
      await checkCredentials({ email: "lee@example.test", password: TEST_PASSWORD }, "10.0.0.1"),
    ).toMatchObject({ ok: true });
  });
});

describe("password change", () => {
  it("ends every session, and deactivation does too", async () => {
    const user = await makeUser();
    const claims = await makeSession(user.id);
    expect(await loadActor(claims, 3600_000)).not.toBeNull();
    expect(await loadActor({ ...claims, authTime: Date.now() - 3600_001 }, 3600_000)).toBeNull();

    await changePassword(
      await actorFor(user.id),
      { currentPassword: TEST_PASSWORD, newPassword: "another-long-password" },
      "10.0.0.1",
    );
    expect(await loadActor(claims, 3600_000)).toBeNull();
    expect(await db.userSession.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);

    const admin = await actorFor((await makeUser({ isAdmin: true })).id);
    const other = await makeUser();
    const otherClaims = await makeSession(other.id);
    await setUserActive(admin, other.id, false);
    expect(await loadActor(otherClaims, 3600_000)).toBeNull();
    expect(await db.userSession.count({ where: { userId: other.id, revokedAt: null } })).toBe(0);
    await expect(setUserActive(admin, admin.userId, false)).rejects.toBeInstanceOf(RuleError);
  });

  it("rejects a wrong current password", async () => {
    const user = await makeUser();
    await expect(
      changePassword(
        await actorFor(user.id),
        { currentPassword: "wrong", newPassword: "another-long-password" },
        "10.0.0.1",
      ),
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
