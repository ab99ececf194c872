import "server-only";
import type { DbTransaction } from "@/lib/db/connect";
import { NotFoundError } from "@/lib/errors";
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

/**
 * The postmortem (id and team), if the actor may read it; otherwise
 * NotFoundError (never "forbidden"). Its children are loaded through it.
 */
export async function requireVisiblePostmortem(client: DbTransaction, actor: Actor, postmortemId: string) {
  const pm = await client.postmortem.findFirst({
    where: { AND: [{ id: postmortemId }, postmortemScope(actor)] },
    select: { id: true, teamId: true },
  });
  if (!pm)
    throw new NotFoundError("Postmortem not found", {
      entityType: "Postmortem",
      entityId: postmortemId,
      action: "view",
    });
  return pm;
}
