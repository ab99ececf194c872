"use server";
import "server-only";
import { guardrailInputSchema, updateGuardrailSchema, type GuardrailRecord } from "@/lib/schemas/guardrails";
import { entityActions, type EntityResult } from "@/server/entity-actions";
import { createGuardrail, deleteGuardrail, GuardrailConflictError, updateGuardrail } from "./mutations";

export type GuardrailResult = EntityResult<GuardrailRecord>;

const guardrails = entityActions({
  label: "Guardrail",
  input: guardrailInputSchema,
  update: updateGuardrailSchema,
  wrapper: "guardrail",
  add: createGuardrail,
  save: (actor, postmortemId, id, input) =>
    updateGuardrail(actor, postmortemId, id, input.baseVersion, input.guardrail),
  remove: deleteGuardrail,
  theirs: (error) =>
    error instanceof GuardrailConflictError ? { message: error.message, theirs: error.current } : undefined,
});

export const createGuardrailAction = guardrails.create;
export const updateGuardrailAction = guardrails.update;
export const deleteGuardrailAction = guardrails.delete;
