// Every Markdown field refuses text over the structural limits, beside the
// field, with the message that says what to change.
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { MARKDOWN_LIMITS } from "../markdown/limits";
import { claimInputSchema } from "./claims";
import { saveHeaderSchema, saveSectionSchema } from "./editing";
import { guardrailInputSchema } from "./guardrails";
import { eventFieldsSchema } from "./timeline";

const tooDeep = ">".repeat(MARKDOWN_LIMITS.nesting + 1) + " x";
const deepEnough = ">".repeat(MARKDOWN_LIMITS.nesting) + " x";
const event = { occurredAt: "2026-11-20T13:00:00Z", type: "ACTION", description: "Deploy" };

const fields: [string, (text: string) => unknown, z.ZodType, string[]][] = [
  ["section body", (body) => ({ baseVersion: 1, body }), saveSectionSchema, ["body"]],
  [
    "summary",
    (summary) => ({ base: { summary: "" }, changes: { summary } }),
    saveHeaderSchema,
    ["changes", "summary"],
  ],
  [
    "impact notes",
    (impactNotes) => ({ base: { impactNotes: "" }, changes: { impactNotes } }),
    saveHeaderSchema,
    ["changes", "impactNotes"],
  ],
  ["event description", (description) => ({ ...event, description }), eventFieldsSchema, ["description"]],
  [
    "what was known at the time",
    (knownAtTheTime) => ({ ...event, knownAtTheTime }),
    eventFieldsSchema,
    ["knownAtTheTime"],
  ],
  [
    "claim evidence",
    (evidence) => ({ statement: "Rollback is impossible", status: "REFUTED", evidence }),
    claimInputSchema,
    ["evidence"],
  ],
  [
    "guardrail notes",
    (notes) => ({ name: "Sign-off", kind: "Approval gate", state: "BYPASSED", notes }),
    guardrailInputSchema,
    ["notes"],
  ],
];

describe("Markdown limits on every Markdown field", () => {
  it.each(fields)("%s refuses nesting over the limit beside the field", (_name, build, schema, path) => {
    const result = schema.safeParse(build(tooDeep));
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        path,
        message: expect.stringMatching(/nested 13 levels deep; use at most 12 levels/),
      }),
    ]);
  });

  it.each(fields)("%s accepts nesting at the limit", (_name, build, schema) => {
    expect(schema.safeParse(build(deepEnough)).success).toBe(true);
  });
});
