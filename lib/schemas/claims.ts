// Claims: statements an automation or AI agent made during the incident.
import { z } from "zod";
import { text } from "./text";
import type { ClaimStatus } from "@/lib/timeline/types";
import { baseVersionSchema, optionalIdSchema } from "./entity";
import { markdownLimits } from "./markdown";

export const claimStatuses = ["UNKNOWN", "VERIFIED", "REFUTED"] as const satisfies readonly ClaimStatus[];

export const claimStatusLabels: Record<ClaimStatus, string> = {
  UNKNOWN: "Unknown",
  VERIFIED: "Verified",
  REFUTED: "Refuted",
};

export const claimInputSchema = z.object({
  statement: text()
    .trim()
    .min(1, "Write down what was claimed, e.g. “rollback is impossible”.")
    .max(1000, "Use at most 1,000 characters."),
  actorId: optionalIdSchema,
  eventId: optionalIdSchema,
  status: z.enum(claimStatuses, "Choose whether the claim held up."),
  evidence: text()
    .trim()
    .max(10000, "Use at most 10,000 characters.")
    .superRefine(markdownLimits)
    .default(""),
});

export type ClaimInput = z.output<typeof claimInputSchema>;
export type ClaimFormInput = z.input<typeof claimInputSchema>;
export const updateClaimSchema = z.object({ baseVersion: baseVersionSchema, claim: claimInputSchema });

export type ClaimRecord = {
  id: string;
  statement: string;
  actorId: string | null;
  eventId: string | null;
  status: ClaimStatus;
  evidence: string;
  version: number;
};
