import "server-only";
import crypto from "node:crypto";
import type { DbTransaction } from "@/lib/db/connect";
import type { EventType } from "@/lib/timeline/types";

export type NewEvent = {
  occurredAt: Date;
  type: EventType;
  description: string;
  actorId: string | null;
  links: string[];
  sourceHash: string;
};

/** A collision-free id in the shape of Prisma's cuids ("c" + 24 characters). */
const newId = () => `c${crypto.randomBytes(12).toString("hex")}`;

/**
 * Inserts many events in one statement. Prisma's createMany costs about 3 ms
 * a row through the driver adapters here (10,000 rows: 25-30 s); one
 * parameterised INSERT … SELECT FROM jsonb_to_recordset takes a few hundred
 * milliseconds. The rows travel as one JSON parameter, never as SQL text.
 */
export async function insertEvents(
  tx: DbTransaction,
  target: { postmortemId: string; importBatchId: string; createdById: string },
  events: NewEvent[],
): Promise<number> {
  if (events.length === 0) return 0;
  const rows = JSON.stringify(
    events.map((e) => ({
      id: newId(),
      occurredAt: e.occurredAt.toISOString(),
      type: e.type,
      description: e.description,
      actorId: e.actorId,
      evidenceLinks: e.links.map((url) => ({ url })),
      sourceHash: e.sourceHash,
    })),
  );
  return tx.$executeRaw`
    INSERT INTO "TimelineEvent"
      ("id", "postmortemId", "occurredAt", "type", "description", "actorId", "evidenceLinks",
       "importBatchId", "sourceHash", "createdById", "updatedAt")
    SELECT r."id", ${target.postmortemId}, r."occurredAt", r."type"::"EventType", r."description",
           r."actorId", r."evidenceLinks", ${target.importBatchId}, r."sourceHash", ${target.createdById}, now()
    FROM jsonb_to_recordset(${rows}::jsonb) AS r(
      "id" text, "occurredAt" timestamptz, "type" text, "description" text, "actorId" text,
      "evidenceLinks" jsonb, "sourceHash" text)`;
}
