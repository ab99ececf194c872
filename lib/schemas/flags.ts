import { z } from "zod";
import { text } from "./text";

export const dismissFlagSchema = z.object({
  location: text().regex(
    /^(field:(title|summary|impactNotes)|section:[a-z0-9-]{1,80})$/,
    "Unknown location.",
  ),
  ruleId: text().regex(/^[a-z0-9-]{1,60}$/, "Unknown rule."),
  phrase: text().trim().min(1).max(300),
  reason: text()
    .trim()
    .min(5, "Say in a few words why this wording is right here (reviewers will see it).")
    .max(500, "Use at most 500 characters."),
});
