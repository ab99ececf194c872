import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { teamIdsOf, type Actor } from "@/server/auth/actor";

/**
 * The postmortems an actor may read: their teams' own, those shared with one
 * of their teams, and those shared with the whole organisation. Every read of
 * a postmortem or of anything inside it goes through this filter.
 */
export function postmortemScope(actor: Actor): Prisma.PostmortemWhereInput {
  const teamIds = teamIdsOf(actor);
  return {
    OR: [
      { teamId: { in: teamIds } },
      { shares: { some: { teamId: { in: teamIds } } } },
      { visibility: "ORGANIZATION" },
    ],
  };
}
