// Actors of a postmortem (people by role, automations, AI agents, external
// services) with their permission ledger.
import { z } from "zod";
import { text } from "./text";
import { normalizeScopes } from "@/lib/permissions";
import { actorKinds } from "@/lib/timeline/types";
import { baseVersionSchema, optionalIdSchema, optionalText } from "./entity";

export const agentAutonomies = ["SUGGESTS", "ACTS_WITH_APPROVAL", "ACTS_ALONE"] as const;
export type AgentAutonomy = (typeof agentAutonomies)[number];

export const autonomyLabels: Record<AgentAutonomy, string> = {
  SUGGESTS: "Suggests only",
  ACTS_WITH_APPROVAL: "Acts with approval",
  ACTS_ALONE: "Acts alone",
};

export const SCOPE_MAX = 200;
export const SCOPES_PER_LIST = 100;

/** A ledger list: free-form scopes, trimmed and de-duplicated case-insensitively. */
export const scopeListSchema = z
  .array(text().trim().max(SCOPE_MAX, `Keep each permission under ${SCOPE_MAX} characters.`))
  .max(SCOPES_PER_LIST, `Use at most ${SCOPES_PER_LIST} permissions per list.`)
  .default([])
  .transform((list) => normalizeScopes(list));

export const ledgerLists = [
  "permissionsGranted",
  "permissionsInherited",
  "permissionsNeeded",
  "permissionsUsed",
] as const;
export type LedgerList = (typeof ledgerLists)[number];

export const actorInputSchema = z
  .object({
    kind: z.enum(actorKinds, "Choose what kind of actor this is."),
    /** Ignored for people: a person is shown by their role. */
    name: text().trim().max(120, "Use at most 120 characters.").default(""),
    role: text().trim().max(200, "Use at most 200 characters.").default(""),
    userId: optionalIdSchema,
    description: text().trim().max(4000, "Use at most 4,000 characters.").default(""),
    model: optionalText(120, "Use at most 120 characters."),
    modelVersion: optionalText(120, "Use at most 120 characters."),
    task: optionalText(8000, "Use at most 8,000 characters."),
    autonomy: z
      .union([z.literal(""), z.null(), z.enum(agentAutonomies, "Choose how much the agent could do alone.")])
      .optional()
      .transform((v) => (v ? v : null)),
    inheritedFrom: optionalText(200, "Use at most 200 characters."),
    permissionsGranted: scopeListSchema,
    permissionsInherited: scopeListSchema,
    permissionsNeeded: scopeListSchema,
    permissionsUsed: scopeListSchema,
  })
  .superRefine((a, ctx) => {
    if (a.kind === "PERSON" && !a.role)
      ctx.addIssue({
        code: "custom",
        path: ["role"],
        message: "Describe the person by role, e.g. “on-call engineer”.",
      });
    if (a.kind !== "PERSON" && !a.name)
      ctx.addIssue({ code: "custom", path: ["name"], message: "Give the actor a name." });
  })
  // Fields that don't apply to the kind are dropped, so switching kind in the form leaves no stray data.
  .transform((a) => {
    const person = a.kind === "PERSON";
    const agent = a.kind === "AI_AGENT";
    return {
      ...a,
      name: person ? a.role : a.name,
      userId: person ? a.userId : null,
      model: agent ? a.model : null,
      modelVersion: agent ? a.modelVersion : null,
      task: agent ? a.task : null,
      autonomy: agent ? a.autonomy : null,
      inheritedFrom: a.permissionsInherited.length || a.inheritedFrom ? a.inheritedFrom : null,
    };
  });

export type ActorInput = z.output<typeof actorInputSchema>;
export type ActorFormInput = z.input<typeof actorInputSchema>;

export const updateActorSchema = z.object({ baseVersion: baseVersionSchema, actor: actorInputSchema });

/** The actor as the tab's forms and conflict view receive it. */
export type ActorRecord = {
  id: string;
  kind: (typeof actorKinds)[number];
  name: string;
  role: string;
  userId: string | null;
  userName: string | null;
  description: string;
  model: string | null;
  modelVersion: string | null;
  task: string | null;
  autonomy: AgentAutonomy | null;
  inheritedFrom: string | null;
  permissionsGranted: string[];
  permissionsInherited: string[];
  permissionsNeeded: string[];
  permissionsUsed: string[];
  version: number;
};
