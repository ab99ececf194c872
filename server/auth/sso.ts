import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/server/audit";

export type SsoProfile = {
  provider: string;
  providerAccountId: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
};

/**
 * Finds or creates the local user for an SSO identity. Links to an existing
 * local account only when the provider vouches for the email. Returns null
 * when the user may not sign in (deactivated, or no usable email).
 */
export async function resolveSsoUser(profile: SsoProfile) {
  const linked = await db.account.findUnique({
    where: {
      provider_providerAccountId: {
        provider: profile.provider,
        providerAccountId: profile.providerAccountId,
      },
    },
    select: { user: { select: { id: true, deactivatedAt: true, sessionVersion: true } } },
  });
  if (linked) return linked.user.deactivatedAt ? null : linked.user;

  const email = profile.email?.trim().toLowerCase();
  if (!email) return null;
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({
      where: { email },
      select: { id: true, deactivatedAt: true, sessionVersion: true },
    });
    if (existing) {
      if (existing.deactivatedAt || !profile.emailVerified) return null;
      await tx.account.create({
        data: {
          userId: existing.id,
          provider: profile.provider,
          providerAccountId: profile.providerAccountId,
        },
      });
      await writeAudit(tx, {
        actorUserId: existing.id,
        entityType: "User",
        entityId: existing.id,
        action: "sso.linked",
        after: { provider: profile.provider },
      });
      return existing;
    }
    const isFirst = (await tx.user.count()) === 0;
    const user = await tx.user.create({
      data: {
        email,
        name: profile.name?.trim() || email,
        isAdmin: isFirst,
        accounts: { create: { provider: profile.provider, providerAccountId: profile.providerAccountId } },
      },
      select: { id: true, deactivatedAt: true, sessionVersion: true },
    });
    await writeAudit(tx, {
      actorUserId: user.id,
      entityType: "User",
      entityId: user.id,
      action: "user.created",
      after: { email, via: profile.provider, isAdmin: isFirst },
    });
    return user;
  });
}
