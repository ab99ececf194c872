import type { Metadata } from "next";
import Link from "next/link";
import { ActorsSection } from "@/components/actors/actors-section";
import { BlastRadiusPanel } from "@/components/actors/blast-radius-panel";
import { ClaimsSection } from "@/components/claims/claims-section";
import { GuardrailsSection } from "@/components/guardrails/guardrails-section";
import { PostmortemTabs } from "@/components/postmortems/postmortem-tabs";
import { SeverityBadge, StatusBadge } from "@/components/ui/badges";
import { PageHeader } from "@/components/ui/page-header";
import { NotFoundError } from "@/lib/errors";
import { describeSeverity } from "@/lib/severity";
import { formatInZone } from "@/lib/time";
import { summarizeBlastRadius } from "@/lib/timeline/blast-radius";
import { actorKindLabels, eventTypeLabels, type EventType } from "@/lib/timeline/types";
import { createActorAction, deleteActorAction, updateActorAction } from "@/server/actors/actions";
import { listActors, listBlastRadiusEvents, listLinkableUsers } from "@/server/actors/queries";
import { requireActor } from "@/server/auth/session";
import { auditedNotFound } from "@/server/denials";
import { createClaimAction, deleteClaimAction, updateClaimAction } from "@/server/claims/actions";
import { listClaims } from "@/server/claims/queries";
import {
  createGuardrailAction,
  deleteGuardrailAction,
  updateGuardrailAction,
} from "@/server/guardrails/actions";
import { listEventOptions, listGuardrails } from "@/server/guardrails/queries";
import { getPostmortemHeader } from "@/server/postmortems/queries";
import { getSeverityScale } from "@/server/settings/severity";

export const metadata: Metadata = { title: "Actors & guardrails · Kintsugi" };

export default async function ActorsPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, actor] = await Promise.all([params, requireActor()]);
  const [postmortem, actors, blastEvents, users, guardrails, claims, eventOptions, scale] = await Promise.all(
    [
      getPostmortemHeader(actor, id),
      listActors(actor, id),
      listBlastRadiusEvents(actor, id),
      listLinkableUsers(actor, id),
      listGuardrails(actor, id),
      listClaims(actor, id),
      listEventOptions(actor, id),
      getSeverityScale(),
    ],
  ).catch(async (error: unknown) => {
    if (error instanceof NotFoundError) await auditedNotFound(error);
    throw error;
  });
  const { canEdit, canWrite } = postmortem.viewer;
  const zone = postmortem.incidentTimeZone;
  const summary = summarizeBlastRadius(actors, blastEvents);
  const events = eventOptions.map((e) => ({
    id: e.id,
    label: `${formatInZone(new Date(e.occurredAt), zone)} · ${eventTypeLabels[e.type as EventType] ?? e.type} · ${e.label}`,
  }));
  const actorChoices = actors.map((a) => ({ id: a.id, label: `${a.name} (${actorKindLabels[a.kind]})` }));
  const pmId = postmortem.id;

  return (
    <>
      <PostmortemTabs postmortemId={pmId} current="actors" />
      <PageHeader
        title={`Actors & guardrails of INC-${postmortem.number}`}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Link href={`/postmortems/${pmId}`} className="break-words hover:underline">
              {postmortem.title}
            </Link>
            <SeverityBadge severity={describeSeverity(scale, postmortem.severity)} />
            <StatusBadge status={postmortem.status} />
          </span>
        }
      />
      {canWrite && !canEdit ? (
        <p className="mb-6 rounded-md border border-stone-200 bg-stone-50 px-3 py-2 text-sm text-stone-700">
          This postmortem is {postmortem.status === "PUBLISHED" ? "published" : "not in an editable state"}:
          actors, guardrails and claims are read-only. Reopen it from the document tab to change them.
        </p>
      ) : null}
      <div className="space-y-10">
        {actors.length ? <BlastRadiusPanel summary={summary} /> : null}
        <ActorsSection
          actors={actors}
          users={canEdit ? users : []}
          canEdit={canEdit}
          actions={
            canEdit
              ? {
                  create: createActorAction.bind(null, pmId),
                  update: updateActorAction.bind(null, pmId),
                  remove: deleteActorAction.bind(null, pmId),
                }
              : null
          }
        />
        <GuardrailsSection
          postmortemId={pmId}
          guardrails={guardrails}
          events={events}
          actions={
            canEdit
              ? {
                  create: createGuardrailAction.bind(null, pmId),
                  update: updateGuardrailAction.bind(null, pmId),
                  remove: deleteGuardrailAction.bind(null, pmId),
                }
              : null
          }
        />
        <ClaimsSection
          postmortemId={pmId}
          claims={claims}
          actors={actorChoices}
          events={events}
          actions={
            canEdit
              ? {
                  create: createClaimAction.bind(null, pmId),
                  update: updateClaimAction.bind(null, pmId),
                  remove: deleteClaimAction.bind(null, pmId),
                }
              : null
          }
        />
      </div>
    </>
  );
}
