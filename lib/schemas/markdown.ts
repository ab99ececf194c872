// The structural limits every Markdown field checks at save time (nesting,
// table size, amount of formatting: lib/markdown/limits.ts), as a zod
// refinement that reports what to change beside the field. Kept apart from
// the field schemas so each schema only appends `.superRefine(markdownLimits)`.
import type { z } from "zod";
import { checkMarkdownLimits, MARKDOWN_MAX_CHARS } from "../markdown/limits";

/**
 * zod refinement for a Markdown text. Texts longer than any field allows are
 * left to the field's own length check (and never parsed).
 */
export function markdownLimits(value: string, ctx: z.RefinementCtx): void {
  if (value.length > MARKDOWN_MAX_CHARS) return;
  for (const message of checkMarkdownLimits(value)) ctx.addIssue({ code: "custom", message });
}
