// Timeline events: what the entry row and the details form send, and the
// results the timeline tab receives. Times cross the wire as ISO instants: the
// client parses what was typed in the incident zone (lib/timeline/relative-time).
import { z } from "zod";
import { text } from "./text";
import type { ActionResult } from "../action-result";
import { milestoneKeys } from "../milestones";
import { eventMilestones, eventTypes, type MilestoneTimes, type TimelineEventView } from "../timeline/types";
import { markdownLimits } from "./markdown";

export const DESCRIPTION_LIMIT = 10_000;
export const NOTE_LIMIT = 10_000;
export const LINKS_LIMIT = 20;
export const RESOURCES_LIMIT = 50;

const id = text().min(1).max(64);
export const timelineIdSchema = id;

const instant = (label: string) =>
  z.iso
    .datetime({ offset: true, message: `Enter a valid ${label}.` })
    .transform((v) => new Date(v))
    .refine((d) => d.getUTCFullYear() >= 1970 && d.getUTCFullYear() <= 2200, `Enter a valid ${label}.`);

const note = (label: string) =>
  text()
    .max(NOTE_LIMIT, `${label}: use at most ${NOTE_LIMIT.toLocaleString("en")} characters.`)
    .default("");

const httpUrl = text()
  .trim()
  .min(1, "Enter the link's address.")
  .max(2000, "That link is too long.")
  .refine((v) => {
    try {
      const u = new URL(v);
      return u.protocol === "http:" || u.protocol === "https:";
    } catch {
      return false;
    }
  }, "Links must start with http:// or https://.");

export const evidenceLinkSchema = z.object({
  url: httpUrl,
  label: text()
    .trim()
    .max(200, "Use at most 200 characters for a label.")
    .optional()
    .transform((v) => v || undefined),
});

const decisionSchema = z
  .object({
    known: note("What was known"),
    believed: note("What was believed"),
    goal: note("The goal"),
    pressures: note("Pressures"),
    options: note("Options seen"),
    rationale: note("Why it made sense"),
  })
  .default({ known: "", believed: "", goal: "", pressures: "", options: "", rationale: "" });

const blastRadiusSchema = z
  .object({
    resourcesTouched: z
      .array(text().trim().min(1).max(200, "Use at most 200 characters per resource."))
      .max(RESOURCES_LIMIT, `Use at most ${RESOURCES_LIMIT} resources.`)
      .default([])
      .transform((v) => [...new Set(v)]),
    environment: z.enum(["NON_PRODUCTION", "PRODUCTION", "UNKNOWN"]).nullable().default(null),
    crossedEnvironment: z.boolean().nullable().default(null),
    reversibility: z.enum(["REVERSIBLE", "RESTORABLE_FROM_BACKUP", "IRREVERSIBLE"]).nullable().default(null),
  })
  .default({ resourcesTouched: [], environment: null, crossedEnvironment: null, reversibility: null });

/** Every editable field of an event (pinned/hidden have their own cheap call). */
export const eventFieldsSchema = z
  .object({
    occurredAt: instant("time"),
    endedAt: z
      .union([z.literal(""), z.null(), instant("end time")])
      .optional()
      .transform((v) => (v instanceof Date ? v : null)),
    type: z.enum(eventTypes, "Choose a type."),
    actorId: z
      .union([z.literal(""), z.null(), id])
      .optional()
      .transform((v) => v || null),
    description: text()
      .trim()
      .min(1, "Describe what happened.")
      .max(DESCRIPTION_LIMIT, `Use at most ${DESCRIPTION_LIMIT.toLocaleString("en")} characters.`)
      .superRefine(markdownLimits),
    knownAtTheTime: note("What was known at the time").superRefine(markdownLimits),
    evidenceLinks: z
      .array(evidenceLinkSchema)
      .max(LINKS_LIMIT, `Use at most ${LINKS_LIMIT} links.`)
      .default([]),
    milestone: z.enum(eventMilestones).nullable().default(null),
    isDecisionPoint: z.boolean().default(false),
    decision: decisionSchema,
    blastRadius: blastRadiusSchema,
  })
  .superRefine((v, ctx) => {
    if (v.endedAt && v.endedAt.getTime() <= v.occurredAt.getTime())
      ctx.addIssue({ code: "custom", path: ["endedAt"], message: "The end time must be after the start." });
  });
export type EventFieldsInput = z.input<typeof eventFieldsSchema>;
export type EventFields = z.output<typeof eventFieldsSchema>;

export const updateEventSchema = z.object({
  baseVersion: z.number().int().min(1),
  fields: eventFieldsSchema,
});
export type UpdateEventInput = z.output<typeof updateEventSchema>;

export const eventFlagsSchema = z
  .object({ pinned: z.boolean().optional(), hidden: z.boolean().optional() })
  .refine((v) => v.pinned !== undefined || v.hidden !== undefined, "Nothing to change.");
export type EventFlagsInput = z.output<typeof eventFlagsSchema>;

/** A milestone set directly: a datetime-local value in the incident zone, or "" to clear it. */
export const setMilestoneSchema = z.object({
  key: z.enum(milestoneKeys),
  value: text()
    .trim()
    .regex(/^$|^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, "Enter a valid date and time."),
});
export type SetMilestoneInput = z.output<typeof setMilestoneSchema>;

// ----------------------------------------------------------------- results

/** What a saved event does to the rest of the timeline. */
export type EventChange = {
  event: TimelineEventView;
  /** Other events whose milestone marker moved away as a side effect. */
  changed: TimelineEventView[];
  milestones: MilestoneTimes;
  /** Something the user should know (e.g. a milestone that could not come back). */
  notice?: string | undefined;
};

type MilestoneChange = { milestones: MilestoneTimes; changed: TimelineEventView[] };

export type EventResult = ActionResult<EventChange>;
/** A conflict's `theirs`: the event as saved now (null: deleted). */
export type UpdateEventResult = ActionResult<EventChange, TimelineEventView | null>;
export type DeleteEventResult = ActionResult<MilestoneChange>;
export type MilestoneResult = ActionResult<MilestoneChange>;
export type EventFlagsResult = ActionResult<{ event: TimelineEventView }>;
