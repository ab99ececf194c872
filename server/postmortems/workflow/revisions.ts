import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DbTransaction } from "@/lib/db/connect";
import { headerFieldsSelect } from "@/server/postmortems/editing/header-fields";
import type { RevisionReason } from "@/lib/generated/prisma/enums";

type Tx = DbTransaction;

/** Edits make a snapshot at most this often (status changes always do). */
export const EDIT_SNAPSHOT_INTERVAL_MS = 5 * 60 * 1000;

/** What a revision keeps: the header fields and the sections as they are now. */
export async function snapshotOf(tx: Tx, postmortemId: string) {
  const p = await tx.postmortem.findUniqueOrThrow({
    where: { id: postmortemId },
    select: {
      ...headerFieldsSelect,
      status: true,
      sections: {
        select: { key: true, title: true, body: true, helpText: true, guidingQuestions: true },
        orderBy: { position: "asc" },
      },
    },
  });
  return JSON.parse(
    JSON.stringify(p, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v)),
  ) as Prisma.InputJsonValue;
}

/** Appends a revision (revisions are never updated or deleted). */
export async function recordRevision(
  tx: Tx,
  input: { postmortemId: string; authorId: string; reason: RevisionReason; note?: string },
) {
  const last = await tx.revision.findFirst({
    where: { postmortemId: input.postmortemId },
    orderBy: { number: "desc" },
    select: { number: true },
  });
  return tx.revision.create({
    data: {
      postmortemId: input.postmortemId,
      number: (last?.number ?? 0) + 1,
      authorId: input.authorId,
      reason: input.reason,
      note: input.note ?? "",
      snapshot: await snapshotOf(tx, input.postmortemId),
    },
    select: { id: true, number: true },
  });
}

/** After an edit: snapshot if the last revision is older than the interval. */
export async function recordEditRevisionIfDue(
  tx: Tx,
  postmortemId: string,
  authorId: string,
  now = new Date(),
) {
  const last = await tx.revision.findFirst({
    where: { postmortemId },
    orderBy: { number: "desc" },
    select: { createdAt: true },
  });
  if (last && now.getTime() - last.createdAt.getTime() < EDIT_SNAPSHOT_INTERVAL_MS) return null;
  return recordRevision(tx, { postmortemId, authorId, reason: "EDIT" });
}
