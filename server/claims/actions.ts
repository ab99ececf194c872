"use server";
import "server-only";
import { claimInputSchema, updateClaimSchema, type ClaimRecord } from "@/lib/schemas/claims";
import { entityActions, type EntityResult } from "@/server/entity-actions";
import { ClaimConflictError, createClaim, deleteClaim, updateClaim } from "./mutations";

export type ClaimResult = EntityResult<ClaimRecord>;

const claims = entityActions({
  label: "Claim",
  input: claimInputSchema,
  update: updateClaimSchema,
  wrapper: "claim",
  add: createClaim,
  save: (actor, postmortemId, id, input) =>
    updateClaim(actor, postmortemId, id, input.baseVersion, input.claim),
  remove: deleteClaim,
  theirs: (error) =>
    error instanceof ClaimConflictError ? { message: error.message, theirs: error.current } : undefined,
});

export const createClaimAction = claims.create;
export const updateClaimAction = claims.update;
export const deleteClaimAction = claims.delete;
