import "server-only";
import { db } from "@/lib/db";
import type { GuardrailRecord } from "@/lib/schemas/guardrails";
import type { Actor } from "@/server/auth/actor";
import { requireVisiblePostmortem } from "@/server/postmortems/scope";

export const guardrailSelect = {
  id: true,
  name: true,
  kind: true,
  state: true,
  notes: true,
  version: true,
  // Links to soft-deleted events are kept (an undo brings them back) but not shown.
  events: { where: { event: { deletedAt: null } }, select: { eventId: true } },
} as const;

type GuardrailRow = Omit<GuardrailRecord, "eventIds"> & { events: { eventId: string }[] };

export function toGuardrailRecord({ events, ...rest }: GuardrailRow): GuardrailRecord {
  return { ...rest, eventIds: events.map((e) => e.eventId) };
}

/** The postmortem's guardrails in the order they were recorded. */
export async function listGuardrails(actor: Actor, postmortemId: string): Promise<GuardrailRecord[]> {
  const pm = await requireVisiblePostmortem(db, actor, postmortemId);
  const rows = await db.guardrail.findMany({
    where: { postmortemId: pm.id },
    select: guardrailSelect,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return rows.map(toGuardrailRecord);
}

export type EventOption = { id: string; occurredAt: string; type: string; label: string };

/** The postmortem's live events as choices for linking (time order, short labels). */
export async function listEventOptions(actor: Actor, postmortemId: string): Promise<EventOption[]> {
  const pm = await requireVisiblePostmortem(db, actor, postmortemId);
  const rows = await db.timelineEvent.findMany({
    where: { postmortemId: pm.id, deletedAt: null },
    select: { id: true, occurredAt: true, type: true, description: true },
    orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
  });
  return rows.map((r) => ({
    id: r.id,
    occurredAt: r.occurredAt.toISOString(),
    type: r.type,
    label: excerpt(r.description),
  }));
}

/** First line of Markdown as plain-ish text, cut at 90 characters. */
function excerpt(markdown: string): string {
  const line =
    markdown
      .split("\n")
      .map((l) => l.replace(/[#>*_`[\]]/g, "").trim())
      .find(Boolean) ?? "";
  return line.length > 90 ? `${line.slice(0, 89)}…` : line || "(no description)";
}
