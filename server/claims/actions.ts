"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { deleteSchema, idSchema, type EntityResult } from "@/lib/schemas/entity";
import { claimInputSchema, updateClaimSchema, type ClaimRecord } from "@/lib/schemas/claims";
import { readIdempotencyKey } from "@/lib/idempotency";
import { requireActor } from "@/server/auth/session";
import { entityFailure, invalidInput } from "@/server/actors/action-failure";
import { ClaimConflictError, createClaim, deleteClaim, updateClaim } from "./mutations";

export type ClaimResult = EntityResult<ClaimRecord>;

const validIds = (...ids: string[]) => ids.every((id) => idSchema.safeParse(id).success);

export async function createClaimAction(postmortemId: string, input: unknown): Promise<ClaimResult> {
  const actor = await requireActor();
  if (!validIds(postmortemId)) return { status: "error", formError: "Postmortem not found" };
  const parsed = claimInputSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const key = readIdempotencyKey(input);
  if (!key.ok) return { status: "error", formError: key.message };
  try {
    const created = await createClaim(actor, postmortemId, parsed.data, key.key);
    revalidatePath(`/postmortems/${postmortemId}`, "layout");
    return { status: "success", id: created.id, version: created.version };
  } catch (error) {
    return entityFailure(error);
  }
}

export async function updateClaimAction(
  postmortemId: string,
  claimId: string,
  input: unknown,
): Promise<ClaimResult> {
  const actor = await requireActor();
  if (!validIds(postmortemId, claimId)) return { status: "error", formError: "Claim not found" };
  const parsed = updateClaimSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error, "claim");
  try {
    const saved = await updateClaim(actor, postmortemId, claimId, parsed.data.baseVersion, parsed.data.claim);
    revalidatePath(`/postmortems/${postmortemId}`, "layout");
    return { status: "success", id: saved.id, version: saved.version };
  } catch (error) {
    if (error instanceof ClaimConflictError)
      return { status: "conflict", message: error.message, current: error.current };
    return entityFailure(error);
  }
}

export async function deleteClaimAction(
  postmortemId: string,
  claimId: string,
  input: unknown,
): Promise<ClaimResult> {
  const actor = await requireActor();
  const parsed = deleteSchema.safeParse(input);
  if (!validIds(postmortemId, claimId) || !parsed.success)
    return { status: "error", formError: "Claim not found" };
  try {
    await deleteClaim(actor, postmortemId, claimId, parsed.data.baseVersion);
    revalidatePath(`/postmortems/${postmortemId}`, "layout");
    return { status: "success", id: claimId, version: 0 };
  } catch (error) {
    if (error instanceof ClaimConflictError)
      return { status: "conflict", message: error.message, current: error.current };
    return entityFailure(error);
  }
}
