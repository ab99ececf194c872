import "server-only";
import crypto from "node:crypto";
import type { DbTransaction } from "@/lib/db/connect";
import { NotFoundError, RuleError } from "@/lib/errors";
import { parseCsv } from "@/lib/import/csv";
import { fingerprintKey } from "@/lib/import/fingerprint";
import { parseAgentLog } from "@/lib/import/jsonl";
import { parseSlackExport } from "@/lib/import/slack";
import { stripNulFromRows } from "@/lib/import/strip-nul";
import type { ParseResult, ParsedRow } from "@/lib/import/types";
import type { ImportInput } from "@/lib/schemas/imports";
import { parseLocalDateTime } from "@/lib/time";
import type { ActorKind } from "@/lib/timeline/types";

/** SHA-256 of the row's fingerprint (time, actor name, description). */
export function sourceHash(occurredAt: Date, actorName: string | null, description: string): string {
  return crypto
    .createHash("sha256")
    .update(fingerprintKey(occurredAt, actorName, description))
    .digest("hex");
}

export type ImportTarget = {
  id: string;
  incidentTimeZone: string;
};

/** Parses the input on the server (never trusting a browser's parse). */
export async function parseForPostmortem(tx: DbTransaction, target: ImportTarget, input: ImportInput) {
  const zone = target.incidentTimeZone;
  let result: ParseResult;
  let agentActorId: string | null = null;
  if (input.source === "CSV") {
    result = parseCsv(input.text, { mapping: input.mapping, zone });
  } else if (input.source === "SLACK") {
    const from = input.from ? parseLocalDateTime(input.from, zone) : null;
    const to = input.to ? parseLocalDateTime(input.to, zone) : null;
    if (input.from && !from) throw new RuleError("The start of the range is not a valid time.", "from");
    if (input.to && !to) throw new RuleError("The end of the range is not a valid time.", "to");
    if (from && to && from > to) throw new RuleError("The range ends before it starts.", "to");
    // "to" is inclusive to the end of its minute.
    result = parseSlackExport(input.files, { from, to: to ? new Date(to.getTime() + 59_999) : null });
  } else {
    let agentName: string;
    if (input.agent.kind === "existing") {
      const agent = await tx.actor.findFirst({
        where: { id: input.agent.actorId, postmortemId: target.id },
        select: { id: true, name: true },
      });
      if (!agent) throw new NotFoundError("That agent is not an actor of this postmortem.");
      agentActorId = agent.id;
      agentName = agent.name;
    } else {
      agentName = input.agent.name;
    }
    result = parseAgentLog(input.text, { agentName, zone });
  }
  if (result.fatal) throw new RuleError(result.fatal, "file");
  return { result: stripNulFromRows(result), agentActorId };
}

export type PlannedRow = ParsedRow & { hash: string; duplicate: boolean };
export type ActorPlan = {
  /** Lower-cased name → existing actor id. */
  existing: Map<string, { id: string; name: string; kind: ActorKind }>;
  toCreate: { name: string; kind: ActorKind }[];
  matched: { name: string; kind: ActorKind }[];
};

/**
 * Marks duplicates (same fingerprint as a live event of the postmortem, or as
 * an earlier row of the file) and decides which actors are matched by name
 * (case-insensitive) and which would be created.
 */
export async function planImport(
  tx: DbTransaction,
  postmortemId: string,
  rows: ParsedRow[],
  agentActorId: string | null,
): Promise<{ planned: PlannedRow[]; actors: ActorPlan }> {
  // One after the other: inside a transaction both would share one connection.
  const events = await tx.timelineEvent.findMany({
    where: { postmortemId, deletedAt: null },
    select: { occurredAt: true, description: true, sourceHash: true, actor: { select: { name: true } } },
  });
  const actors = await tx.actor.findMany({
    where: { postmortemId },
    select: { id: true, name: true, kind: true },
    orderBy: { createdAt: "asc" },
  });
  // Imported events keep the hash of their source row even if edited since;
  // events typed by hand are fingerprinted from their current fields.
  const seen = new Set<string>();
  for (const e of events) {
    if (e.sourceHash) seen.add(e.sourceHash);
    seen.add(sourceHash(e.occurredAt, e.actor?.name ?? null, e.description));
  }
  const planned: PlannedRow[] = rows.map((row) => {
    const hash = sourceHash(row.occurredAt, row.actorName, row.description);
    const duplicate = seen.has(hash);
    seen.add(hash);
    return { ...row, hash, duplicate };
  });

  const existing = new Map<string, { id: string; name: string; kind: ActorKind }>();
  for (const a of actors) if (!existing.has(a.name.toLowerCase())) existing.set(a.name.toLowerCase(), a);
  if (agentActorId) {
    const agent = actors.find((a) => a.id === agentActorId);
    if (agent) existing.set(agent.name.toLowerCase(), agent);
  }
  const toCreate = new Map<string, { name: string; kind: ActorKind }>();
  const matched = new Map<string, { name: string; kind: ActorKind }>();
  for (const row of planned) {
    if (row.duplicate || !row.actorName) continue;
    const key = row.actorName.toLowerCase();
    const hit = existing.get(key);
    if (hit) matched.set(key, { name: hit.name, kind: hit.kind });
    else if (!toCreate.has(key)) toCreate.set(key, { name: row.actorName, kind: row.actorKind ?? "PERSON" });
  }
  return { planned, actors: { existing, toCreate: [...toCreate.values()], matched: [...matched.values()] } };
}

export function fileNameOf(input: ImportInput): string {
  if (input.source !== "SLACK") return input.fileName;
  const names = input.files.map((f) => f.name);
  return names.length === 1 ? names[0]! : `${names[0]} and ${names.length - 1} more`;
}
