// Database factories for the end-to-end tests: incidents a test needs but is
// not about (the visual timeline's need actors and dozens of events; typing
// them in took most of those tests' time, and e2e/timeline.spec.ts and
// e2e/actors.spec.ts already test the typing). scripts/e2e-server.ts writes
// them straight into the fresh database before the server starts, so they
// exist in both database modes; each has a fixed id and belongs to one test
// (tests run in parallel and may change what they open).
//
// Actors go through the same zod schema as the actor form, so a factory
// cannot make an actor the app would refuse.
import type { DbClient } from "../../lib/db/connect";
import type { EventType } from "../../lib/generated/prisma/enums";
import { actorInputSchema } from "../../lib/schemas/actors";
import { getBuiltInTemplate, templateSectionRows } from "../../lib/templates";

export type SeededIncident = {
  /** Fixed, so a spec opens it by URL. */
  id: string;
  title: string;
  timeZone: string;
  /** ISO instants with their offset, as the incident's people would write them. */
  startedAt: string;
  detectedAt?: string;
  mitigatedAt?: string;
  resolvedAt?: string;
  actors: { kind: "PERSON" | "AUTOMATION" | "AI_AGENT"; name: string }[];
  /** `actor` is an actor's name (people: their role); none is an event without an actor. */
  events: { id?: string; at: string; type: EventType; actor?: string; description: string }[];
};

export const incidentUrl = (incident: SeededIncident) => `/postmortems/${incident.id}`;

/** The team's next postmortem number, reserved as the app does (the team row's counter). */
export async function reservePostmortemNumber(prisma: DbClient, teamId: string): Promise<number> {
  const team = await prisma.team.update({
    where: { id: teamId },
    data: { nextPostmortemNumber: { increment: 1 } },
    select: { nextPostmortemNumber: true },
  });
  return team.nextPostmortemNumber - 1;
}

/** Writes one incident (Google SRE sections, actors, events, milestones) for the team's `ownerId`. */
export async function seedIncident(
  prisma: DbClient,
  ids: { teamId: string; ownerId: string },
  incident: SeededIncident,
): Promise<void> {
  const template = getBuiltInTemplate("google-sre")!;
  const at = (iso: string | undefined) => (iso ? new Date(iso) : null);
  await prisma.postmortem.create({
    data: {
      id: incident.id,
      teamId: ids.teamId,
      number: await reservePostmortemNumber(prisma, ids.teamId),
      title: incident.title,
      severity: "SEV2",
      incidentTimeZone: incident.timeZone,
      startedAt: at(incident.startedAt),
      detectedAt: at(incident.detectedAt),
      mitigatedAt: at(incident.mitigatedAt),
      resolvedAt: at(incident.resolvedAt),
      templateKey: template.key,
      ownerId: ids.ownerId,
      createdById: ids.ownerId,
      sections: {
        create: templateSectionRows(template.sections).map((row) => ({ ...row, updatedById: ids.ownerId })),
      },
    },
  });
  const actorIds = new Map<string, string>();
  for (const actor of incident.actors) {
    const input = actorInputSchema.parse(
      actor.kind === "PERSON"
        ? { kind: actor.kind, role: actor.name }
        : { kind: actor.kind, name: actor.name },
    );
    const row = await prisma.actor.create({
      data: { ...input, postmortemId: incident.id },
      select: { id: true },
    });
    actorIds.set(actor.name, row.id);
  }
  await prisma.timelineEvent.createMany({
    data: incident.events.map((e) => {
      const actorId = e.actor ? actorIds.get(e.actor) : undefined;
      if (e.actor && !actorId) throw new Error(`${incident.id}: no actor named "${e.actor}"`);
      return {
        ...(e.id && { id: e.id }),
        postmortemId: incident.id,
        occurredAt: new Date(e.at),
        type: e.type,
        description: e.description,
        actorId: actorId ?? null,
        createdById: ids.ownerId,
      };
    }),
  });
}
