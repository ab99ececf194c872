// The audit log page's query string: filters and the keyset cursor. Anything
// malformed is dropped (an old or edited link shows the unfiltered log).
import { z } from "zod";
import { text } from "./text";
import { auditActionGroups, auditEntityTypes, type AuditActionGroup } from "../audit-log";

const id = text().min(1).max(64);
const day = text().regex(/^\d{4}-\d{2}-\d{2}$/);
/** "<ISO instant>~<id>": the row the page starts after (older) or before (newer). */
const cursor = text().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z~[A-Za-z0-9_-]{1,64}$/);

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
const first = (v: unknown) => (Array.isArray(v) ? v[0] : v) || undefined;

export const auditQuerySchema = z.object({
  team: z.preprocess(first, optional(id)),
  actor: z.preprocess(first, optional(id)),
  action: z.preprocess(
    first,
    optional(z.enum(Object.keys(auditActionGroups) as [AuditActionGroup, ...AuditActionGroup[]])),
  ),
  entity: z.preprocess(first, optional(z.enum(auditEntityTypes))),
  from: z.preprocess(first, optional(day)),
  to: z.preprocess(first, optional(day)),
  older: z.preprocess(first, optional(cursor)),
  newer: z.preprocess(first, optional(cursor)),
});
export type AuditQuery = z.output<typeof auditQuerySchema>;

export function parseCursor(value: string): { createdAt: Date; id: string } {
  const [at, rowId] = value.split("~") as [string, string];
  return { createdAt: new Date(at), id: rowId };
}

export function formatCursor(row: { createdAt: Date; id: string }): string {
  return `${row.createdAt.toISOString()}~${row.id}`;
}
