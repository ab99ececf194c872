import "server-only";
import type { DbTransaction } from "@/lib/db/connect";
import { NotFoundError } from "@/lib/errors";
import type { Actor } from "@/server/auth/actor";
import { postmortemScope } from "@/server/postmortems/scope";

/**
 * The postmortem, if the actor may read it; children of the actors tab are
 * always loaded through it. Otherwise NotFoundError (never "forbidden").
 */
export async function requireVisiblePostmortem(client: DbTransaction, actor: Actor, postmortemId: string) {
  const pm = await client.postmortem.findFirst({
    where: { AND: [{ id: postmortemId }, postmortemScope(actor)] },
    select: { id: true, teamId: true },
  });
  if (!pm) throw new NotFoundError("Postmortem not found");
  return pm;
}

/** Marks the postmortem as changed (the list sorts by it). */
export async function touchPostmortem(tx: DbTransaction, postmortemId: string) {
  await tx.postmortem.update({ where: { id: postmortemId }, data: { updatedAt: new Date() } });
}
