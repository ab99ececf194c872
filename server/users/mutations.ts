import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { ForbiddenError, NotFoundError, RuleError, isUniqueViolation } from "@/lib/errors";
import { hashPassword, verifyPassword } from "@/lib/password";
import type { Actor } from "@/server/auth/actor";
import { writeAudit } from "@/server/audit";
import { findOpenInvite } from "@/server/teams/mutations";

/**
 * Local sign-up. The first user of an empty instance becomes site admin.
 * After that, sign-up needs an invite for the same email (or ALLOW_SIGNUP).
 */
export async function signUp(input: {
  name: string;
  email: string;
  password: string;
  invite?: string | undefined;
}) {
  const invite = input.invite ? await findOpenInvite(input.invite) : null;
  if (invite && invite.email !== input.email) {
    throw new RuleError(`This invite is for ${invite.email}.`, "email");
  }
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
        throw new RuleError("An account with this email already exists. Sign in instead.", "email");
      }
      const isFirst = (await tx.user.count()) === 0;
      if (!isFirst && !invite && !env.ALLOW_SIGNUP) {
        throw new RuleError("Sign-up is by invitation. Ask a team manager for an invite link.");
      }
      const user = await tx.user.create({
        data: { name: input.name, email: input.email, passwordHash, isAdmin: isFirst },
        select: { id: true, email: true, isAdmin: true },
      });
      if (invite) {
        await tx.membership.create({ data: { teamId: invite.team.id, userId: user.id, role: invite.role } });
        await tx.invite.update({
          where: { id: invite.id },
          data: { acceptedAt: new Date(), acceptedById: user.id },
        });
      }
      await writeAudit(tx, {
        actorUserId: user.id,
        teamId: invite?.team.id ?? null,
        entityType: "User",
        entityId: user.id,
        action: "user.signed_up",
        after: { email: user.email, isAdmin: user.isAdmin, invite: invite?.id ?? null },
      });
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new RuleError("An account with this email already exists. Sign in instead.", "email");
    }
    throw error;
  }
}

/** Changing the password ends every other session of the user. */
export async function changePassword(actor: Actor, input: { currentPassword: string; newPassword: string }) {
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: { passwordHash: true } });
  if (!user) throw new NotFoundError();
  if (user.passwordHash && !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new RuleError("That is not your current password.", "currentPassword");
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: actor.userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    await writeAudit(tx, {
      actorUserId: actor.userId,
      entityType: "User",
      entityId: actor.userId,
      action: "user.password_changed",
    });
  });
}

/** Site admins deactivate and reactivate users. Deactivation ends their sessions. */
export async function setUserActive(actor: Actor, userId: string, active: boolean) {
  if (!actor.isAdmin)
    throw new ForbiddenError("Only site admins can do that.", {
      entityType: "User",
      entityId: userId,
      action: "administer",
    });
  if (userId === actor.userId) throw new RuleError("You cannot deactivate yourself.");
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: { id: true, deactivatedAt: true },
    });
    if (!user) throw new NotFoundError("User not found");
    await tx.user.update({
      where: { id: userId },
      data: active
        ? { deactivatedAt: null }
        : { deactivatedAt: new Date(), sessionVersion: { increment: 1 } },
    });
    await writeAudit(tx, {
      actorUserId: actor.userId,
      entityType: "User",
      entityId: userId,
      action: active ? "user.reactivated" : "user.deactivated",
      before: { deactivatedAt: user.deactivatedAt },
    });
  });
}
