"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { deleteSchema, idSchema, type EntityResult } from "@/lib/schemas/entity";
import { guardrailInputSchema, updateGuardrailSchema, type GuardrailRecord } from "@/lib/schemas/guardrails";
import { readIdempotencyKey } from "@/lib/idempotency";
import { requireActor } from "@/server/auth/session";
import { entityFailure, invalidInput } from "@/server/actors/action-failure";
import { createGuardrail, deleteGuardrail, GuardrailConflictError, updateGuardrail } from "./mutations";

export type GuardrailResult = EntityResult<GuardrailRecord>;

const validIds = (...ids: string[]) => ids.every((id) => idSchema.safeParse(id).success);

export async function createGuardrailAction(postmortemId: string, input: unknown): Promise<GuardrailResult> {
  const actor = await requireActor();
  if (!validIds(postmortemId)) return { status: "error", formError: "Postmortem not found" };
  const parsed = guardrailInputSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const key = readIdempotencyKey(input);
  if (!key.ok) return { status: "error", formError: key.message };
  try {
    const created = await createGuardrail(actor, postmortemId, parsed.data, key.key);
    revalidatePath(`/postmortems/${postmortemId}`, "layout");
    return { status: "success", id: created.id, version: created.version };
  } catch (error) {
    return entityFailure(error);
  }
}

export async function updateGuardrailAction(
  postmortemId: string,
  guardrailId: string,
  input: unknown,
): Promise<GuardrailResult> {
  const actor = await requireActor();
  if (!validIds(postmortemId, guardrailId)) return { status: "error", formError: "Guardrail not found" };
  const parsed = updateGuardrailSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error, "guardrail");
  try {
    const saved = await updateGuardrail(
      actor,
      postmortemId,
      guardrailId,
      parsed.data.baseVersion,
      parsed.data.guardrail,
    );
    revalidatePath(`/postmortems/${postmortemId}`, "layout");
    return { status: "success", id: saved.id, version: saved.version };
  } catch (error) {
    if (error instanceof GuardrailConflictError)
      return { status: "conflict", message: error.message, current: error.current };
    return entityFailure(error);
  }
}

export async function deleteGuardrailAction(
  postmortemId: string,
  guardrailId: string,
  input: unknown,
): Promise<GuardrailResult> {
  const actor = await requireActor();
  const parsed = deleteSchema.safeParse(input);
  if (!validIds(postmortemId, guardrailId) || !parsed.success)
    return { status: "error", formError: "Guardrail not found" };
  try {
    await deleteGuardrail(actor, postmortemId, guardrailId, parsed.data.baseVersion);
    revalidatePath(`/postmortems/${postmortemId}`, "layout");
    return { status: "success", id: guardrailId, version: 0 };
  } catch (error) {
    if (error instanceof GuardrailConflictError)
      return { status: "conflict", message: error.message, current: error.current };
    return entityFailure(error);
  }
}
