// Editing a postmortem: the section and header payloads, their wire format
// (strings, as form fields hold them) and the results the editor receives.
import { z } from "zod";
import { text } from "./text";
import type { ActionResult } from "../action-result";
import { milestoneKeys, type MilestoneKey } from "../milestones";
import { severityValues } from "../severity";
import { isValidTimeZone, parseLocalDateTime, toLocalInputValue } from "../time";
import { markdownLimits } from "./markdown";

/**
 * Generous, but bounded: a section body beyond this is refused with a clear
 * message. 50,000 characters is about 8,000 words, more than any real
 * postmortem section; it also bounds the render time of the worst text the
 * Markdown limits allow (lib/markdown/render.bench.test.ts).
 */
export const SECTION_BODY_LIMIT = 50_000;
export const SUMMARY_LIMIT = 20_000;
export const TITLE_LIMIT = 200;

export const bodyTooLong = (length: number) =>
  `This section is too long: ${length.toLocaleString("en")} characters, the limit is ${SECTION_BODY_LIMIT.toLocaleString("en")}. Split it or move detail to a linked document.`;

const id = text().min(1).max(64);
export const idSchema = id;

const sectionTitle = text()
  .trim()
  .min(1, "Enter a section title.")
  .max(TITLE_LIMIT, `Use at most ${TITLE_LIMIT} characters.`);

export const saveSectionSchema = z.object({
  baseVersion: z.number().int().min(1),
  title: sectionTitle.optional(),
  body: text()
    .superRefine((v, ctx) => {
      if (v.length > SECTION_BODY_LIMIT) ctx.addIssue({ code: "custom", message: bodyTooLong(v.length) });
    })
    .superRefine(markdownLimits),
});
export type SaveSectionInput = z.output<typeof saveSectionSchema>;

export const addSectionSchema = z.object({ title: sectionTitle });
export const moveSectionSchema = z.enum(["up", "down"]);
export const removeSectionSchema = z.object({ baseVersion: z.number().int().min(1) });

// ------------------------------------------------------------------ header

export const headerKeys = [
  "title",
  "summary",
  "severity",
  "ownerId",
  "incidentTimeZone",
  ...milestoneKeys,
  "customersAffected",
  "usersAffected",
  "impactDurationMinutes",
  "supportTickets",
  "revenueImpact",
  "impactCurrency",
  "sloImpact",
  "impactNotes",
] as const;
export type HeaderKey = (typeof headerKeys)[number];
/** Header fields as the form holds them: strings, "" for empty. */
export type HeaderValues = Record<HeaderKey, string>;

export const isMilestoneKey = (key: string): key is MilestoneKey =>
  (milestoneKeys as readonly string[]).includes(key);

const count = text()
  .trim()
  .regex(/^\d{0,9}$/, "Enter a whole number (0 or more), or leave it empty.");

const headerFieldSchemas = {
  title: text().trim().min(1, "Enter a title.").max(TITLE_LIMIT, `Use at most ${TITLE_LIMIT} characters.`),
  summary: text()
    .max(SUMMARY_LIMIT, `Keep the TL;DR under ${SUMMARY_LIMIT.toLocaleString("en")} characters.`)
    .superRefine(markdownLimits),
  // The scale in use is checked by saveHeader (server/postmortems/editing/mutations.ts).
  severity: z.enum(severityValues, { error: "Choose a severity." }),
  ownerId: id,
  incidentTimeZone: text().refine(isValidTimeZone, "Choose a valid time zone."),
  startedAt: text().trim().max(40),
  detectedAt: text().trim().max(40),
  acknowledgedAt: text().trim().max(40),
  mitigatedAt: text().trim().max(40),
  resolvedAt: text().trim().max(40),
  customersAffected: count,
  usersAffected: count,
  impactDurationMinutes: count,
  supportTickets: count,
  revenueImpact: text()
    .trim()
    .regex(/^(\d{1,13}(\.\d{1,2})?)?$/, "Enter an amount like 1250 or 1250.50, or leave it empty."),
  impactCurrency: text()
    .trim()
    .toUpperCase()
    .regex(/^([A-Z]{3})?$/, "Use a three-letter currency code such as EUR or USD."),
  sloImpact: text().max(500, "Use at most 500 characters."),
  impactNotes: text()
    .max(SUMMARY_LIMIT, `Use at most ${SUMMARY_LIMIT.toLocaleString("en")} characters.`)
    .superRefine(markdownLimits),
} satisfies Record<HeaderKey, z.ZodType<string>>;

const partialHeader = z.object(headerFieldSchemas).partial().strict();
// The base is what the client last saw: compared, never validated beyond shape.
const partialBase = z.partialRecord(z.enum(headerKeys), text().max(SUMMARY_LIMIT + 100));

export const saveHeaderSchema = z
  .object({ base: partialBase, changes: partialHeader })
  .superRefine((v, ctx) => {
    for (const key of Object.keys(v.changes)) {
      if (!(key in v.base))
        ctx.addIssue({
          code: "custom",
          path: ["base", key],
          message: "Missing the value this edit started from.",
        });
    }
    for (const key of milestoneKeys) {
      const value = v.changes[key];
      if (value && !parseLocalDateTime(value, "UTC"))
        ctx.addIssue({ code: "custom", path: ["changes", key], message: "Enter a valid date and time." });
    }
  });
export type SaveHeaderInput = z.output<typeof saveHeaderSchema>;

/** The stored header as the values the form holds (also how a base is compared). */
export function toHeaderValues(p: {
  title: string;
  summary: string;
  severity: string;
  ownerId: string;
  incidentTimeZone: string;
  startedAt: Date | null;
  detectedAt: Date | null;
  acknowledgedAt: Date | null;
  mitigatedAt: Date | null;
  resolvedAt: Date | null;
  customersAffected: number | null;
  usersAffected: number | null;
  impactDurationMinutes: number | null;
  supportTickets: number | null;
  revenueImpactMinor: bigint | null;
  impactCurrency: string | null;
  sloImpact: string | null;
  impactNotes: string;
}): HeaderValues {
  const zone = p.incidentTimeZone;
  const date = (d: Date | null) => (d ? toLocalInputValue(d, zone) : "");
  const int = (n: number | null) => (n == null ? "" : String(n));
  return {
    title: p.title,
    summary: p.summary,
    severity: p.severity,
    ownerId: p.ownerId,
    incidentTimeZone: zone,
    startedAt: date(p.startedAt),
    detectedAt: date(p.detectedAt),
    acknowledgedAt: date(p.acknowledgedAt),
    mitigatedAt: date(p.mitigatedAt),
    resolvedAt: date(p.resolvedAt),
    customersAffected: int(p.customersAffected),
    usersAffected: int(p.usersAffected),
    impactDurationMinutes: int(p.impactDurationMinutes),
    supportTickets: int(p.supportTickets),
    revenueImpact: p.revenueImpactMinor == null ? "" : formatMinor(p.revenueImpactMinor),
    impactCurrency: p.impactCurrency ?? "",
    sloImpact: p.sloImpact ?? "",
    impactNotes: p.impactNotes,
  };
}

function formatMinor(minor: bigint): string {
  const whole = minor / BigInt(100);
  const cents = minor % BigInt(100);
  return cents === BigInt(0) ? whole.toString() : `${whole}.${cents.toString().padStart(2, "0")}`;
}

/** "1250.5" → 125050n (minor units). */
export function parseMajorAmount(value: string): bigint | null {
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(value.trim());
  if (!m) return null;
  return BigInt(m[1]!) * BigInt(100) + BigInt((m[2] ?? "0").padEnd(2, "0"));
}

/** A value in the form its stored counterpart takes, so "1250.50" equals "1250.5". */
export function canonicalHeaderValue(key: HeaderKey, value: string): string {
  const v = key === "summary" || key === "impactNotes" || key === "sloImpact" ? value : value.trim();
  if (key === "revenueImpact") {
    const minor = parseMajorAmount(v);
    return minor == null ? v : formatMinor(minor);
  }
  if (key === "impactCurrency") return v.toUpperCase();
  if (
    /^\d+$/.test(v) &&
    ["customersAffected", "usersAffected", "impactDurationMinutes", "supportTickets"].includes(key)
  )
    return String(Number(v));
  if (isMilestoneKey(key)) return v.slice(0, 16);
  return v;
}

// ----------------------------------------------------------------- results

export type SectionTheirs = {
  title: string;
  body: string;
  version: number;
  updatedBy: string | null;
  /** ISO instant. */
  updatedAt: string;
};

export type SaveSectionResult = ActionResult<{ version: number; savedAt: string }, SectionTheirs>;

export type HeaderTheirs = {
  /** Fields someone else changed since the base, with their current values. */
  conflicts: Partial<HeaderValues>;
  values: HeaderValues;
};

export type SaveHeaderResult = ActionResult<
  { version: number; savedAt: string; values: HeaderValues },
  HeaderTheirs
>;

export type SectionSummary = {
  id: string;
  key: string;
  title: string;
  body: string;
  helpText: string;
  guidingQuestions: string[];
  version: number;
};

export type StructureResult = ActionResult<{ section?: SectionSummary }>;

export type HeartbeatResult = ActionResult<{ others: string[] }>;
