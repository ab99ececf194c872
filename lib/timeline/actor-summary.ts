// The actor/permission summary of one postmortem, from actors that carry the
// blast-radius fields of their own events (as getPostmortem loads them).
import { summarizeBlastRadius, type BlastRadiusActorInput, type BlastRadiusEventInput } from "./blast-radius";

export type ActorWithActions = BlastRadiusActorInput & {
  events: Omit<BlastRadiusEventInput, "actorId">[];
};

export function summarizeActors(actors: readonly ActorWithActions[]) {
  return summarizeBlastRadius(
    actors,
    actors.flatMap((a) => a.events.map((e) => ({ ...e, actorId: a.id }))),
  );
}
