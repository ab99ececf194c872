// The fixed world every Playwright run starts from, seeded into a fresh
// database by scripts/e2e-server.ts. Specs refer to it by these constants
// (world.users.alphaWriter.email) and must not change it in ways other specs
// notice: make your own postmortems, with unique titles, rather than editing
// shared ones.
import type { DbClient } from "../../lib/db/connect";
import type { TeamRole } from "../../lib/generated/prisma/enums";
import { hashPassword } from "../../lib/password";
import { seedIncident } from "./factories";
import { seedPagedLists } from "./paged-lists";
import { seededIncidents } from "./seeded-incidents";
import { seedStoredContent } from "./stored-content";
import { seedDemo } from "../../prisma/seed/demo";

/** Every seeded user's password. */
export const PASSWORD = "correct-horse-battery";

type SeedUser = { email: string; name: string; isAdmin?: boolean };

export const world = {
  teams: {
    alpha: { slug: "alpha", name: "Alpha" },
    beta: { slug: "beta", name: "Beta" },
    /** Long lists for the pager flows (e2e/support/paged-lists.ts); no other spec writes here. */
    gamma: { slug: "gamma", name: "Gamma" },
  },
  users: {
    admin: { email: "admin@e2e.test", name: "Ada Admin", isAdmin: true },
    alphaViewer: { email: "viewer@alpha.test", name: "Vera Viewer" },
    alphaWriter: { email: "writer@alpha.test", name: "Walt Writer" },
    alphaReviewer: { email: "reviewer@alpha.test", name: "Rita Reviewer" },
    alphaManager: { email: "manager@alpha.test", name: "Mona Manager" },
    betaWriter: { email: "writer@beta.test", name: "Bela Writer" },
    betaManager: { email: "manager@beta.test", name: "Boris Manager" },
    lonely: { email: "lonely@e2e.test", name: "Lonny Lonely" },
    gammaViewer: { email: "viewer@gamma.test", name: "Gil Gamma" },
  } satisfies Record<string, SeedUser>,
} as const;

type UserKey = keyof typeof world.users;
type TeamKey = keyof typeof world.teams;

export const memberships: { team: TeamKey; user: UserKey; role: TeamRole }[] = [
  { team: "alpha", user: "alphaViewer", role: "VIEWER" },
  { team: "alpha", user: "alphaWriter", role: "WRITER" },
  { team: "alpha", user: "alphaReviewer", role: "REVIEWER" },
  { team: "alpha", user: "alphaManager", role: "MANAGER" },
  { team: "beta", user: "betaWriter", role: "WRITER" },
  { team: "beta", user: "betaManager", role: "MANAGER" },
  { team: "gamma", user: "gammaViewer", role: "VIEWER" },
];

/** Writes the world into an empty, migrated database. */
export async function seedE2eWorld(prisma: DbClient) {
  const passwordHash = await hashPassword(PASSWORD);
  const userIds = {} as Record<UserKey, string>;
  for (const [key, user] of Object.entries(world.users) as [UserKey, SeedUser][]) {
    const created = await prisma.user.create({
      data: { email: user.email, name: user.name, isAdmin: user.isAdmin ?? false, passwordHash },
      select: { id: true },
    });
    userIds[key] = created.id;
  }
  const teamIds = {} as Record<TeamKey, string>;
  for (const [key, team] of Object.entries(world.teams) as [TeamKey, { slug: string; name: string }][]) {
    const created = await prisma.team.create({
      data: { slug: team.slug, name: team.name },
      select: { id: true },
    });
    teamIds[key] = created.id;
  }
  await prisma.membership.createMany({
    data: memberships.map((m) => ({ teamId: teamIds[m.team], userId: userIds[m.user], role: m.role })),
  });
  await seedStoredContent(prisma, { teamId: teamIds.alpha, ownerId: userIds.alphaWriter });
  await seedPagedLists(prisma, { teamId: teamIds.gamma, ownerId: userIds.gammaViewer });
  for (const incident of Object.values(seededIncidents)) {
    await seedIncident(prisma, { teamId: teamIds.alpha, ownerId: userIds.alphaWriter }, incident);
  }
  // The demo teams (Platform, Payments) ride along, about 2 s: no e2e user is
  // in them, so no other spec sees them; the accessibility spec reads their
  // rich postmortems (agents, ledgers, factors, action items) as the demo
  // accounts, and every run shows the demo data still loads.
  await seedDemo(prisma);
  return { userIds, teamIds };
}
