import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError, RuleError, isUniqueViolation } from "@/lib/errors";
import type { TeamRole } from "@/lib/generated/prisma/enums";
import { roleIn, type Actor } from "@/server/auth/actor";
import { writeAudit } from "@/server/audit";
import { idempotentTransaction } from "@/server/idempotency";
import { canAssignRole, canManageTeam } from "@/server/policy";

export const INVITE_LIFETIME_MS = 14 * 24 * 3600 * 1000;

export const hashInviteToken = (token: string) => crypto.createHash("sha256").update(token).digest("hex");

function requireManager(actor: Actor, teamId: string): TeamRole | null {
  const role = roleIn(actor, teamId);
  if (!role && !actor.isAdmin)
    throw new NotFoundError("Team not found", {
      entityType: "Team",
      entityId: teamId,
      action: "manage team",
    });
  if (!canManageTeam(role) && !actor.isAdmin)
    throw new ForbiddenError("Only the team's managers can do that.", {
      entityType: "Team",
      entityId: teamId,
      action: "manage team",
    });
  return role;
}

/**
 * Site admins create teams and become the new team's admin. With an
 * idempotency key, a retry of the same attempt returns the first team.
 */
export async function createTeam(
  actor: Actor,
  input: { name: string; slug: string },
  idempotencyKey?: string | null,
) {
  if (!actor.isAdmin)
    throw new ForbiddenError("Only site admins can create teams.", {
      entityType: "Site",
      action: "create team",
    });
  const request = { key: idempotencyKey, action: "team.create" };
  try {
    return await idempotentTransaction(actor.userId, request, async (tx) => {
      const team = await tx.team.create({
        data: {
          name: input.name,
          slug: input.slug,
          memberships: { create: { userId: actor.userId, role: "ADMIN" } },
        },
        select: { id: true, slug: true, name: true },
      });
      await writeAudit(tx, {
        actorUserId: actor.userId,
        teamId: team.id,
        entityType: "Team",
        entityId: team.id,
        action: "team.created",
        after: team,
      });
      return team;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new RuleError("A team with this slug already exists.", "slug");
    throw error;
  }
}

/**
 * Creates an invite link. Returns the token: it is shown once and only its
 * hash is kept. With an idempotency key, a retry of the same attempt returns
 * the same invite; as the token itself is never stored, the retry (whose
 * first answer, with the link, was lost) gets a fresh token for that invite.
 */
export async function createInvite(
  actor: Actor,
  teamId: string,
  input: { email: string; role: TeamRole },
  idempotencyKey?: string | null,
) {
  const actorRole = requireManager(actor, teamId);
  if (!canAssignRole(actorRole, input.role, undefined, actor.isAdmin)) {
    throw new RuleError("Only team admins can invite admins.", "role");
  }
  const existing = await db.membership.findFirst({
    where: { teamId, user: { email: input.email } },
    select: { id: true },
  });
  if (existing) throw new RuleError("This person is already a member of the team.", "email");

  const token = newInviteToken();
  let created = false;
  const request = { key: idempotencyKey, action: `invite.create:${teamId}` };
  const invite = await idempotentTransaction(actor.userId, request, async (tx) => {
    // A new invite replaces any open one for the same address.
    await tx.invite.updateMany({
      where: { teamId, email: input.email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    const row = await tx.invite.create({
      data: {
        teamId,
        email: input.email,
        role: input.role,
        tokenHash: hashInviteToken(token),
        invitedById: actor.userId,
        expiresAt: new Date(Date.now() + INVITE_LIFETIME_MS),
      },
      select: { id: true, email: true, role: true, expiresAt: true },
    });
    await writeAudit(tx, {
      actorUserId: actor.userId,
      teamId,
      entityType: "Invite",
      entityId: row.id,
      action: "invite.created",
      after: row,
    });
    created = true;
    return { ...row, expiresAt: row.expiresAt.toISOString() };
  });
  return { ...invite, token: created ? token : await reissueInviteToken(actor, teamId, invite.id) };
}

const newInviteToken = () => crypto.randomBytes(24).toString("base64url");

/** A new link for an open invite (the old one was never shown); the old link stops working. */
async function reissueInviteToken(actor: Actor, teamId: string, inviteId: string) {
  const token = newInviteToken();
  await db.$transaction(async (tx) => {
    const { count } = await tx.invite.updateMany({
      where: { id: inviteId, teamId, acceptedAt: null, revokedAt: null },
      data: { tokenHash: hashInviteToken(token) },
    });
    if (count === 0) throw new RuleError("This invite was accepted or revoked meanwhile.", "email");
    await writeAudit(tx, {
      actorUserId: actor.userId,
      teamId,
      entityType: "Invite",
      entityId: inviteId,
      action: "invite.link_reissued",
    });
  });
  return token;
}

export async function revokeInvite(actor: Actor, teamId: string, inviteId: string) {
  requireManager(actor, teamId);
  const { count } = await db.invite.updateMany({
    where: { id: inviteId, teamId, acceptedAt: null, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0) throw new NotFoundError("Invite not found");
  await db.auditEvent.create({
    data: {
      actorUserId: actor.userId,
      teamId,
      entityType: "Invite",
      entityId: inviteId,
      action: "invite.revoked",
    },
  });
}

/** What an invite link shows, or null when it is unknown, used, revoked or expired. */
export async function findOpenInvite(token: string) {
  return db.invite.findFirst({
    where: {
      tokenHash: hashInviteToken(token),
      acceptedAt: null,
      revokedAt: null,
      expiresAt: { gt: new Date() },
    },
    select: { id: true, email: true, role: true, team: { select: { id: true, name: true, slug: true } } },
  });
}

/**
 * The signed-in user joins the team; the invite must be for their email.
 * Accepting again an invite this user already accepted (a retry whose
 * answer was lost) is a success, not "no longer valid".
 */
export async function acceptInvite(actor: Actor, token: string) {
  const invite = await findOpenInvite(token);
  if (!invite) {
    const accepted = await db.invite.findFirst({
      where: { tokenHash: hashInviteToken(token), acceptedById: actor.userId },
      select: { team: { select: { id: true, name: true, slug: true } } },
    });
    if (accepted && roleIn(actor, accepted.team.id)) return accepted.team;
    throw new NotFoundError("This invite link is no longer valid.");
  }
  if (invite.email !== actor.email) {
    throw new ForbiddenError(`This invite is for ${invite.email}. Sign in with that address to accept it.`);
  }
  return db.$transaction(async (tx) => {
    await tx.membership.upsert({
      where: { teamId_userId: { teamId: invite.team.id, userId: actor.userId } },
      create: { teamId: invite.team.id, userId: actor.userId, role: invite.role },
      update: { role: invite.role },
    });
    await tx.invite.update({
      where: { id: invite.id },
      data: { acceptedAt: new Date(), acceptedById: actor.userId },
    });
    await writeAudit(tx, {
      actorUserId: actor.userId,
      teamId: invite.team.id,
      entityType: "Membership",
      entityId: actor.userId,
      action: "invite.accepted",
      after: { role: invite.role },
    });
    return invite.team;
  });
}

async function assertKeepsAManager(tx: Pick<typeof db, "membership">, teamId: string, membershipId: string) {
  const others = await tx.membership.count({
    where: { teamId, id: { not: membershipId }, role: { in: ["MANAGER", "ADMIN"] } },
  });
  if (others === 0) throw new RuleError("A team needs at least one manager or admin.", "role");
}

export async function changeMemberRole(actor: Actor, teamId: string, membershipId: string, role: TeamRole) {
  const actorRole = requireManager(actor, teamId);
  return db.$transaction(async (tx) => {
    const membership = await tx.membership.findFirst({
      where: { id: membershipId, teamId },
      select: { id: true, role: true, userId: true },
    });
    if (!membership) throw new NotFoundError("Member not found");
    if (!canAssignRole(actorRole, role, membership.role, actor.isAdmin)) {
      throw new ForbiddenError("Only team admins can grant or remove the admin role.");
    }
    if (membership.role === role) return membership;
    if (role !== "MANAGER" && role !== "ADMIN") await assertKeepsAManager(tx, teamId, membershipId);
    const updated = await tx.membership.update({
      where: { id: membershipId },
      data: { role },
      select: { id: true, role: true, userId: true },
    });
    await writeAudit(tx, {
      actorUserId: actor.userId,
      teamId,
      entityType: "Membership",
      entityId: membershipId,
      action: "membership.role_changed",
      before: { role: membership.role },
      after: { role },
    });
    return updated;
  });
}

/** Removes a member; their sessions end at their next request. */
export async function removeMember(actor: Actor, teamId: string, membershipId: string) {
  const actorRole = requireManager(actor, teamId);
  await db.$transaction(async (tx) => {
    const membership = await tx.membership.findFirst({
      where: { id: membershipId, teamId },
      select: { id: true, role: true, userId: true },
    });
    if (!membership) throw new NotFoundError("Member not found");
    if (!canAssignRole(actorRole, membership.role, membership.role, actor.isAdmin)) {
      throw new ForbiddenError("Only team admins can remove an admin.");
    }
    await assertKeepsAManager(tx, teamId, membershipId);
    await tx.membership.delete({ where: { id: membershipId } });
    await tx.user.update({ where: { id: membership.userId }, data: { sessionVersion: { increment: 1 } } });
    await writeAudit(tx, {
      actorUserId: actor.userId,
      teamId,
      entityType: "Membership",
      entityId: membershipId,
      action: "membership.removed",
      before: membership,
    });
  });
}
