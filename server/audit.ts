import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DbTransaction } from "@/lib/db/connect";

type Tx = DbTransaction;

export type AuditEntry = {
  actorUserId: string | null;
  entityType: string;
  entityId: string;
  action: string;
  teamId?: string | null;
  postmortemId?: string | null;
  before?: unknown;
  after?: unknown;
};

/** Writes one audit event inside the caller's transaction. */
export async function writeAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorUserId: entry.actorUserId,
      entityType: entry.entityType,
      entityId: entry.entityId,
      action: entry.action,
      teamId: entry.teamId ?? null,
      postmortemId: entry.postmortemId ?? null,
      // strictUndefinedChecks: leave absent values out rather than undefined.
      ...(entry.before != null && { before: toJson(entry.before) }),
      ...(entry.after != null && { after: toJson(entry.after) }),
    },
  });
}

// Dates become ISO strings and BigInts strings, so any record can be logged.
function toJson(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(
    JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v)),
  ) as Prisma.InputJsonValue;
}
