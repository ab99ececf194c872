import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { ForbiddenError, NotFoundError, RuleError, isUniqueViolation } from "@/lib/errors";
import { hashPassword, verifyPassword } from "@/lib/password";
import { personalWords, weakPasswordReason } from "@/lib/password-strength";
import type { Actor } from "@/server/auth/actor";
import { revokeSessionsOf } from "@/server/auth/sessions";
import { recordPasswordAttempt, throttleReason } from "@/server/auth/throttle";
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
  await requireStrongPassword(input.password, input, "password");
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

/** Refuses common and easily guessed passwords, saying why beside the field. */
async function requireStrongPassword(
  password: string,
  person: { email?: string | undefined; name?: string | undefined },
  field: string,
) {
  const reason = await weakPasswordReason(password, personalWords(person));
  if (reason) throw new RuleError(reason, field);
}

/**
 * Changing the password ends every session of the user, this one included.
 * Wrong current passwords are throttled like sign-in guesses (same limits,
 * same store), from `address` (lib/client-address.ts).
 */
export async function changePassword(
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
  address: string,
) {
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: { passwordHash: true } });
  if (!user) throw new NotFoundError();
  if (user.passwordHash) {
    if (await throttleReason(actor.email, address)) {
      throw new RuleError("Too many wrong passwords. Wait 15 minutes, then try again.", "currentPassword");
    }
    const valid = await verifyPassword(user.passwordHash, input.currentPassword);
    await recordPasswordAttempt(actor.email, address, valid);
    if (!valid) throw new RuleError("That is not your current password.", "currentPassword");
  }
  await requireStrongPassword(input.newPassword, actor, "newPassword");
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: actor.userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    await revokeSessionsOf(tx, actor.userId);
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
    if (!active) await revokeSessionsOf(tx, userId);
    await writeAudit(tx, {
      actorUserId: actor.userId,
      entityType: "User",
      entityId: userId,
      action: active ? "user.reactivated" : "user.deactivated",
      before: { deactivatedAt: user.deactivatedAt },
    });
  });
}
