// Guardrails of a postmortem: which controls existed, worked, were bypassed or absent.
import { z } from "zod";
import { text } from "./text";
import type { GuardrailState } from "@/lib/timeline/types";
import { baseVersionSchema, idSchema } from "./entity";
import { markdownLimits } from "./markdown";

export const guardrailStates = [
  "WORKED",
  "BYPASSED",
  "INSTRUCTION_ONLY",
  "ABSENT",
] as const satisfies readonly GuardrailState[];

export const guardrailStateLabels: Record<GuardrailState, string> = {
  WORKED: "Existed and worked",
  BYPASSED: "Existed and was bypassed",
  INSTRUCTION_ONLY: "Existed only as an instruction",
  ABSENT: "Absent",
};

/** Offered in a datalist; any other kind may be typed. */
export const guardrailKindSuggestions = [
  "Approval gate",
  "Change freeze",
  "Backup",
  "Environment separation",
  "Rate limit",
  "Deny-list",
  "Other",
] as const;

export const guardrailInputSchema = z.object({
  name: text()
    .trim()
    .min(1, "Name the control, e.g. “two-person sign-off”.")
    .max(120, "Use at most 120 characters."),
  kind: text().trim().min(1, "Say what kind of control it is.").max(80, "Use at most 80 characters."),
  state: z.enum(guardrailStates, "Choose what happened to this control."),
  notes: text().trim().max(8000, "Use at most 8,000 characters.").superRefine(markdownLimits).default(""),
  eventIds: z
    .array(idSchema)
    .max(200, "Link at most 200 events.")
    .default([])
    .transform((ids) => [...new Set(ids)]),
});

export type GuardrailInput = z.output<typeof guardrailInputSchema>;
export type GuardrailFormInput = z.input<typeof guardrailInputSchema>;
export const updateGuardrailSchema = z.object({
  baseVersion: baseVersionSchema,
  guardrail: guardrailInputSchema,
});

export type GuardrailRecord = {
  id: string;
  name: string;
  kind: string;
  state: GuardrailState;
  notes: string;
  eventIds: string[];
  version: number;
};
