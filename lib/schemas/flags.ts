import { z } from "zod";

export const dismissFlagSchema = z.object({
  location: z
    .string()
    .regex(/^(field:(title|summary|impactNotes)|section:[a-z0-9-]{1,80})$/, "Unknown location."),
  ruleId: z.string().regex(/^[a-z0-9-]{1,60}$/, "Unknown rule."),
  phrase: z.string().trim().min(1).max(300),
  reason: z
    .string()
    .trim()
    .min(5, "Say in a few words why this wording is right here (reviewers will see it).")
    .max(500, "Use at most 500 characters."),
});
