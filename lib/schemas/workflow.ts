import { z } from "zod";
import { text } from "./text";
import { severityValues } from "../severity";
import { statuses } from "./postmortems";

export const changeStatusSchema = z.object({
  to: z.enum(statuses, { error: "Choose a status." }),
  expectedStatus: z.enum(statuses, { error: "Reload the page and try again." }),
  reason: text()
    .trim()
    .max(2000, "Use at most 2000 characters.")
    .optional()
    .transform((v) => v || undefined),
});
/** What the mutation takes (the parsed form, or a direct call without a reason). */
export type ChangeStatusInput = z.input<typeof changeStatusSchema>;

export const revisionNumberSchema = z.coerce.number().int().min(1).max(1_000_000);

export const restoreRevisionSchema = z.object({ revisionNumber: revisionNumberSchema });

const nullableDate = text().nullable().optional();
const nullableInt = z.number().int().nullable().optional();

/**
 * A revision snapshot as stored (server/postmortems/workflow/revisions.ts snapshotOf).
 * Older snapshots (the CREATED one) hold only title, severity, summary and
 * sections with key, title and body, so every other field is optional.
 */
export const revisionSnapshotSchema = z.object({
  title: text(),
  summary: text().optional(),
  severity: z.enum(severityValues).optional(),
  status: z.enum(statuses).optional(),
  incidentTimeZone: text().optional(),
  startedAt: nullableDate,
  detectedAt: nullableDate,
  acknowledgedAt: nullableDate,
  mitigatedAt: nullableDate,
  resolvedAt: nullableDate,
  customersAffected: nullableInt,
  usersAffected: nullableInt,
  impactDurationMinutes: nullableInt,
  revenueImpactMinor: z.union([text(), z.number()]).nullable().optional(),
  impactCurrency: text().nullable().optional(),
  sloImpact: text().nullable().optional(),
  supportTickets: nullableInt,
  impactNotes: text().optional(),
  sections: z.array(
    z.object({
      key: text(),
      title: text(),
      body: text(),
      helpText: text().optional(),
      guidingQuestions: z.array(text()).optional(),
    }),
  ),
});
export type RevisionSnapshot = z.infer<typeof revisionSnapshotSchema>;
