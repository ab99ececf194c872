"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { actorInputSchema, updateActorSchema, type ActorRecord } from "@/lib/schemas/actors";
import { deleteSchema, idSchema, type EntityResult } from "@/lib/schemas/entity";
import { readIdempotencyKey } from "@/lib/idempotency";
import { requireActor } from "@/server/auth/session";
import { entityFailure, invalidInput } from "./action-failure";
import { ActorConflictError, createActor, deleteActor, updateActor } from "./mutations";

export type ActorResult = EntityResult<ActorRecord>;

function revalidate(postmortemId: string) {
  revalidatePath(`/postmortems/${postmortemId}`, "layout");
}

export async function createActorAction(postmortemId: string, input: unknown): Promise<ActorResult> {
  const actor = await requireActor();
  if (!idSchema.safeParse(postmortemId).success)
    return { status: "error", formError: "Postmortem not found" };
  const parsed = actorInputSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const key = readIdempotencyKey(input);
  if (!key.ok) return { status: "error", formError: key.message };
  try {
    const created = await createActor(actor, postmortemId, parsed.data, key.key);
    revalidate(postmortemId);
    return { status: "success", id: created.id, version: created.version };
  } catch (error) {
    return entityFailure(error);
  }
}

export async function updateActorAction(
  postmortemId: string,
  actorId: string,
  input: unknown,
): Promise<ActorResult> {
  const actor = await requireActor();
  if (!idSchema.safeParse(postmortemId).success || !idSchema.safeParse(actorId).success)
    return { status: "error", formError: "Actor not found" };
  const parsed = updateActorSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error, "actor");
  try {
    const saved = await updateActor(actor, postmortemId, actorId, parsed.data.baseVersion, parsed.data.actor);
    revalidate(postmortemId);
    return { status: "success", id: saved.id, version: saved.version };
  } catch (error) {
    if (error instanceof ActorConflictError)
      return { status: "conflict", message: error.message, current: error.current };
    return entityFailure(error);
  }
}

export async function deleteActorAction(
  postmortemId: string,
  actorId: string,
  input: unknown,
): Promise<ActorResult> {
  const actor = await requireActor();
  const parsed = deleteSchema.safeParse(input);
  if (!idSchema.safeParse(postmortemId).success || !idSchema.safeParse(actorId).success || !parsed.success)
    return { status: "error", formError: "Actor not found" };
  try {
    await deleteActor(actor, postmortemId, actorId, parsed.data.baseVersion);
    revalidate(postmortemId);
    return { status: "success", id: actorId, version: 0 };
  } catch (error) {
    if (error instanceof ActorConflictError)
      return { status: "conflict", message: error.message, current: error.current };
    return entityFailure(error);
  }
}
