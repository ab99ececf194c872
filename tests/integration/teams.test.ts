import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError, RuleError } from "@/lib/errors";
import { loadActor } from "@/server/auth/actor";
import {
  acceptInvite,
  changeMemberRole,
  createInvite,
  createTeam,
  findOpenInvite,
  removeMember,
  revokeInvite,
} from "@/server/teams/mutations";
import { getTeamSettings, listAllTeams } from "@/server/teams/queries";
import { actorFor, makeTeamWithRoles, makeUser } from "./factories";

describe("teams", () => {
  it("only site admins create teams, and the creator becomes the team's admin", async () => {
    const admin = await actorFor((await makeUser({ isAdmin: true })).id);
    const plain = await actorFor((await makeUser()).id);
    await expect(createTeam(plain, { name: "Search", slug: "search" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const team = await createTeam(admin, { name: "Search", slug: "search" });
    const settings = await getTeamSettings(await actorFor(admin.userId), team.id);
    expect(settings.memberships.map((m) => m.role)).toEqual(["ADMIN"]);
    await expect(createTeam(admin, { name: "Search 2", slug: "search" })).rejects.toMatchObject({
      field: "slug",
    });
    await expect(listAllTeams(plain)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("invites", () => {
  it("lets a manager invite by email; the invitee joins with that role", async () => {
    const { team, MANAGER } = await makeTeamWithRoles();
    const invite = await createInvite(MANAGER, team.id, { email: "new@example.test", role: "REVIEWER" });
    expect(invite.token.length).toBeGreaterThan(20);
    const stored = await db.invite.findUniqueOrThrow({ where: { id: invite.id } });
    expect(stored.tokenHash).not.toContain(invite.token);

    const invitee = await actorFor((await makeUser({ email: "new@example.test" })).id);
    await acceptInvite(invitee, invite.token);
    const joined = await actorFor(invitee.userId);
    expect(joined.memberships).toEqual([expect.objectContaining({ teamId: team.id, role: "REVIEWER" })]);
    // Used once only; accepting it again (a retry whose answer was lost) is that same success.
    expect(await findOpenInvite(invite.token)).toBeNull();
    await expect(acceptInvite(joined, invite.token)).resolves.toMatchObject({ id: team.id });
    const someoneElse = await actorFor((await makeUser({ email: "other@example.test" })).id);
    await expect(acceptInvite(someoneElse, invite.token)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.membership.count({ where: { teamId: team.id, userId: invitee.userId } })).toBe(1);
  });

  it("refuses an invite accepted by someone else's account", async () => {
    const { team, MANAGER } = await makeTeamWithRoles();
    const invite = await createInvite(MANAGER, team.id, { email: "right@example.test", role: "WRITER" });
    const wrong = await actorFor((await makeUser({ email: "wrong@example.test" })).id);
    await expect(acceptInvite(wrong, invite.token)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.membership.count({ where: { userId: wrong.userId } })).toBe(0);
  });

  it("refuses revoked and expired invites", async () => {
    const { team, MANAGER } = await makeTeamWithRoles();
    const revoked = await createInvite(MANAGER, team.id, { email: "a@example.test", role: "WRITER" });
    await revokeInvite(MANAGER, team.id, revoked.id);
    expect(await findOpenInvite(revoked.token)).toBeNull();
    const expired = await createInvite(MANAGER, team.id, { email: "b@example.test", role: "WRITER" });
    await db.invite.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await findOpenInvite(expired.token)).toBeNull();
  });

  it("denies invites to writers, other teams' managers, and admin invites by managers", async () => {
    const alpha = await makeTeamWithRoles();
    const beta = await makeTeamWithRoles();
    await expect(
      createInvite(alpha.WRITER, alpha.team.id, { email: "x@example.test", role: "VIEWER" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      createInvite(beta.MANAGER, alpha.team.id, { email: "x@example.test", role: "VIEWER" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      createInvite(alpha.MANAGER, alpha.team.id, { email: "x@example.test", role: "ADMIN" }),
    ).rejects.toBeInstanceOf(RuleError);
    await expect(
      createInvite(alpha.ADMIN, alpha.team.id, { email: "x@example.test", role: "ADMIN" }),
    ).resolves.toBeTruthy();
    await expect(revokeInvite(beta.MANAGER, alpha.team.id, "whatever")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("hides invites from members who do not manage the team", async () => {
    const { team, MANAGER, WRITER } = await makeTeamWithRoles();
    await createInvite(MANAGER, team.id, { email: "c@example.test", role: "WRITER" });
    expect((await getTeamSettings(MANAGER, team.id)).invites).toHaveLength(1);
    expect((await getTeamSettings(WRITER, team.id)).invites).toHaveLength(0);
  });
});

describe("roles", () => {
  it("lets a manager change a role, and audits it", async () => {
    const { team, MANAGER, WRITER } = await makeTeamWithRoles();
    const membership = await db.membership.findFirstOrThrow({
      where: { teamId: team.id, userId: WRITER.userId },
    });
    await changeMemberRole(MANAGER, team.id, membership.id, "REVIEWER");
    expect((await actorFor(WRITER.userId)).memberships[0]!.role).toBe("REVIEWER");
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entityId: membership.id, action: "membership.role_changed" },
    });
    expect(audit.before).toEqual({ role: "WRITER" });
    expect(audit.after).toEqual({ role: "REVIEWER" });
  });

  it("denies role changes to writers and other teams, and protects admins from managers", async () => {
    const alpha = await makeTeamWithRoles();
    const beta = await makeTeamWithRoles();
    const viewer = await db.membership.findFirstOrThrow({
      where: { teamId: alpha.team.id, userId: alpha.VIEWER.userId },
    });
    const admin = await db.membership.findFirstOrThrow({
      where: { teamId: alpha.team.id, userId: alpha.ADMIN.userId },
    });
    await expect(changeMemberRole(alpha.WRITER, alpha.team.id, viewer.id, "MANAGER")).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(changeMemberRole(beta.MANAGER, alpha.team.id, viewer.id, "WRITER")).rejects.toBeInstanceOf(
      NotFoundError,
    );
    // A membership id from another team is not found through this team.
    await expect(changeMemberRole(beta.MANAGER, beta.team.id, viewer.id, "WRITER")).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(changeMemberRole(alpha.MANAGER, alpha.team.id, admin.id, "VIEWER")).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(changeMemberRole(alpha.MANAGER, alpha.team.id, viewer.id, "ADMIN")).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });

  it("keeps at least one manager or admin", async () => {
    const admin = await actorFor((await makeUser({ isAdmin: true })).id);
    const team = await createTeam(admin, { name: "Solo", slug: "solo" });
    const only = await db.membership.findFirstOrThrow({ where: { teamId: team.id } });
    await expect(
      changeMemberRole(await actorFor(admin.userId), team.id, only.id, "WRITER"),
    ).rejects.toBeInstanceOf(RuleError);
  });

  it("removing a member ends their sessions", async () => {
    const { team, MANAGER, WRITER } = await makeTeamWithRoles();
    const before = await db.user.findUniqueOrThrow({
      where: { id: WRITER.userId },
      select: { sessionVersion: true },
    });
    const membership = await db.membership.findFirstOrThrow({
      where: { teamId: team.id, userId: WRITER.userId },
    });
    await removeMember(MANAGER, team.id, membership.id);
    const claims = {
      userId: WRITER.userId,
      sessionId: WRITER.sessionId,
      sessionVersion: before.sessionVersion,
      authTime: Date.now(),
    };
    expect(await loadActor(claims, 3600_000)).toBeNull();
    expect(await db.membership.count({ where: { id: membership.id } })).toBe(0);
  });
});
