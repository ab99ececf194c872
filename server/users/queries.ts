import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { NotFoundError } from "@/lib/errors";
import type { Actor } from "@/server/auth/actor";

/** Every user, for site admins. */
export async function listUsers(actor: Actor) {
  if (!actor.isAdmin) throw new NotFoundError("Not found", { entityType: "Site", action: "administer" });
  return db.user.findMany({
    select: {
      id: true,
      name: true,
      email: true,
      isAdmin: true,
      deactivatedAt: true,
      lastSignInAt: true,
      memberships: { select: { role: true, team: { select: { name: true } } } },
    },
    orderBy: { name: "asc" },
    take: 500,
  });
}

export async function isFirstUser(): Promise<boolean> {
  return (await db.user.count()) === 0;
}

/** Whether the sign-up page accepts new accounts without an invite. */
export async function isSignUpOpen(): Promise<boolean> {
  return env.ALLOW_SIGNUP || (await isFirstUser());
}

/** Whether an account already exists for an email (invite page only). */
export async function accountExists(email: string): Promise<boolean> {
  return (await db.user.count({ where: { email } })) > 0;
}
