// Factories for integration tests: each test makes its own users and teams.
import crypto from "node:crypto";
import { db } from "@/lib/db";
import type { TeamRole } from "@/lib/generated/prisma/enums";
import { hashPassword } from "@/lib/password";
import { loadActor, type Actor } from "@/server/auth/actor";

export const TEST_PASSWORD = "correct-horse-battery";
let passwordHash: Promise<string> | undefined;

const unique = () => crypto.randomBytes(4).toString("hex");

export async function makeUser(options: { email?: string; name?: string; isAdmin?: boolean } = {}) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  return db.user.create({
    data: {
      email: options.email ?? `user-${unique()}@example.test`,
      name: options.name ?? "Test User",
      isAdmin: options.isAdmin ?? false,
      passwordHash: await passwordHash,
    },
    select: { id: true, email: true, name: true, sessionVersion: true },
  });
}

export async function makeTeam(name = `Team ${unique()}`) {
  return db.team.create({
    data: { name, slug: name.toLowerCase().replace(/[^a-z0-9]+/g, "-") },
    select: { id: true, slug: true, name: true },
  });
}

export async function addMember(teamId: string, userId: string, role: TeamRole) {
  return db.membership.create({ data: { teamId, userId, role }, select: { id: true } });
}

/** A signed-in session of the user (its UserSession row), as sign-in makes it. */
export async function makeSession(userId: string, options: { userAgent?: string; ipAddress?: string } = {}) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  const session = await db.userSession.create({
    data: { userId, userAgent: options.userAgent ?? "", ipAddress: options.ipAddress ?? "192.0.2.1" },
    select: { id: true },
  });
  return { userId, sessionId: session.id, sessionVersion: user.sessionVersion, authTime: Date.now() };
}

/** The actor exactly as the session gate would resolve it now, in a new session. */
export async function actorFor(userId: string): Promise<Actor> {
  const actor = await loadActor(await makeSession(userId), 3600_000);
  if (!actor) throw new Error("user cannot act (deactivated?)");
  return actor;
}

/** A team with one user per role, ready to act. */
export async function makeTeamWithRoles(name?: string) {
  const team = await makeTeam(name);
  const roles = ["VIEWER", "WRITER", "REVIEWER", "MANAGER", "ADMIN"] as const;
  const users: Record<(typeof roles)[number], Actor> = {} as never;
  for (const role of roles) {
    const user = await makeUser({ name: `${role.toLowerCase()} of ${team.name}` });
    await addMember(team.id, user.id, role);
    users[role] = await actorFor(user.id);
  }
  return { team, ...users };
}
