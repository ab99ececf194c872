import { z } from "zod";
import { text } from "./text";
import { cursorParamSchema } from "../keyset";
import { severityValues } from "../severity";
import { builtInTemplateKeys } from "../templates";
import { isValidTimeZone, parseLocalDateTime } from "../time";

export const statuses = [
  "DRAFT",
  "IN_REVIEW",
  "CHANGES_REQUESTED",
  "APPROVED",
  "PUBLISHED",
  "NOT_REQUIRED",
] as const;
export const statusLabels: Record<(typeof statuses)[number], string> = {
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  CHANGES_REQUESTED: "Changes requested",
  APPROVED: "Approved",
  PUBLISHED: "Published",
  NOT_REQUIRED: "Not required",
};

/** Built-in template keys, or "team:<id>" for a team's own template. */
export const templateChoiceSchema = z.union(
  [z.enum(builtInTemplateKeys), text().regex(/^team:[a-z0-9]{10,40}$/)],
  { error: "Choose a template." },
);

const createPostmortemFields = z.object({
  title: text().trim().min(3, "Use at least 3 characters.").max(200, "Use at most 200 characters."),
  // Any level of the enum here; the mutation checks the organisation's scale (lib/severity.ts).
  severity: z.enum(severityValues, { error: "Choose a severity." }),
  timeZone: text().refine(isValidTimeZone, "Choose a valid time zone."),
  startedAt: text().trim().max(40),
  template: templateChoiceSchema,
});

export const createPostmortemSchema = createPostmortemFields
  .superRefine(
    (v, ctx) => {
      if (!v.startedAt) return;
      const startedAt = parseLocalDateTime(v.startedAt, v.timeZone);
      if (!startedAt)
        ctx.addIssue({ code: "custom", path: ["startedAt"], message: "Enter a valid date and time." });
      else if (startedAt.getTime() > Date.now() + 60_000) {
        ctx.addIssue({
          code: "custom",
          path: ["startedAt"],
          message: "The incident cannot start in the future.",
        });
      }
    },
    // Check the start even when another field (say the title) is wrong, so
    // every error shows at once; it needs only a valid start and zone.
    {
      when: (payload) =>
        !payload.issues.some((i) => i.path?.[0] === "timeZone" || i.path?.[0] === "startedAt"),
    },
  )
  .transform((v) => ({ ...v, startedAt: v.startedAt ? parseLocalDateTime(v.startedAt, v.timeZone) : null }));

export type CreatePostmortemInput = z.output<typeof createPostmortemSchema>;

export const listPostmortemsSchema = z.object({
  /** The keyset cursor (lib/keyset.ts); absent or unreadable is the first page. */
  cursor: cursorParamSchema,
  status: z.enum(statuses).optional().catch(undefined),
  severity: z.enum(severityValues).optional().catch(undefined),
  /** Only postmortems with open blameless-language flags. */
  flagged: z
    .literal("1")
    .optional()
    .catch(undefined)
    .transform((v) => v === "1"),
});
