"use server";
import "server-only";
import { actorInputSchema, updateActorSchema, type ActorRecord } from "@/lib/schemas/actors";
import { entityActions, type EntityResult } from "@/server/entity-actions";
import { ActorConflictError, createActor, deleteActor, updateActor } from "./mutations";

export type ActorResult = EntityResult<ActorRecord>;

const actors = entityActions({
  label: "Actor",
  input: actorInputSchema,
  update: updateActorSchema,
  wrapper: "actor",
  add: createActor,
  save: (actor, postmortemId, id, input) =>
    updateActor(actor, postmortemId, id, input.baseVersion, input.actor),
  remove: deleteActor,
  theirs: (error) =>
    error instanceof ActorConflictError ? { message: error.message, theirs: error.current } : undefined,
});

export const createActorAction = actors.create;
export const updateActorAction = actors.update;
export const deleteActorAction = actors.delete;
