import "server-only";
import type { DbTransaction } from "@/lib/db/connect";
import { recountFlags } from "@/server/postmortems/flags/mutations";
import { recordEditRevisionIfDue } from "@/server/postmortems/workflow/revisions";

/**
 * What every content change does in its transaction: keep the stored count
 * of open blameless-language flags current (the list filters on it) and take
 * a revision snapshot if the last one is old enough.
 */
export async function afterContentChange(tx: DbTransaction, postmortemId: string, authorId: string) {
  await recountFlags(tx, postmortemId);
  await recordEditRevisionIfDue(tx, postmortemId, authorId);
}
