import type { Metadata } from "next";
import { PostmortemView } from "@/components/postmortems/postmortem-view";
import { PostmortemEditor } from "@/components/editor/postmortem-editor";
import { toHeaderValues } from "@/lib/schemas/editing";
import { listOwnerCandidates } from "@/server/postmortems/editing/queries";
import {
  addSectionAction,
  heartbeatAction,
  moveSectionAction,
  removeSectionAction,
  saveHeaderAction,
  saveSectionAction,
} from "@/server/postmortems/editing/actions";
import { NotFoundError } from "@/lib/errors";
import { requireActor } from "@/server/auth/session";
import { auditedNotFound } from "@/server/denials";
import { getPostmortem } from "@/server/postmortems/queries";
import { availableTransitions } from "@/server/postmortems/workflow/policy";
import { changeStatusAction } from "@/server/postmortems/workflow/actions";
import { StatusBar } from "@/components/workflow/status-bar";
import { formatInZone } from "@/lib/time";
import { buildFlagReport } from "@/server/postmortems/flags/queries";
import { dismissFlagAction, restoreFlagAction } from "@/server/postmortems/flags/actions";
import { FlagsPanel } from "@/components/blameless/flags-panel";
import { PostmortemTabs } from "@/components/postmortems/postmortem-tabs";
import { describeSeverity, outOfScaleNote, severityOptions } from "@/lib/severity";
import { getSeverityScale } from "@/server/settings/severity";

export const metadata: Metadata = { title: "Postmortem · Kintsugi" };

export default async function PostmortemPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, actor] = await Promise.all([params, requireActor()]);
  const [postmortem, scale] = await Promise.all([getPostmortem(actor, id), getSeverityScale()]).catch(
    async (error: unknown) => {
      if (error instanceof NotFoundError) await auditedNotFound(error);
      throw error;
    },
  );
  // From the text already loaded: no second read of the document.
  const flags = buildFlagReport(
    postmortem,
    postmortem.team.memberships.map((m) => m.user.name),
    postmortem.viewer.canEdit,
  );
  const severityInfo = describeSeverity(scale, postmortem.severity);
  const severity = {
    info: severityInfo,
    note: severityInfo.inScale ? null : outOfScaleNote(scale, severityInfo),
  };
  // Slots: each feature replaces only its own marker line.
  return (
    <>
      <PostmortemTabs postmortemId={postmortem.id} current="document" />
      <StatusBar
        postmortemId={postmortem.id}
        status={postmortem.status}
        publishedAt={
          postmortem.publishedAt ? formatInZone(postmortem.publishedAt, postmortem.incidentTimeZone) : null
        }
        transitions={availableTransitions(postmortem.status, postmortem.viewer)}
        changeStatus={changeStatusAction.bind(null, postmortem.id)}
      />
      {postmortem.viewer.canEdit ? (
        <PostmortemEditor
          postmortem={{
            id: postmortem.id,
            number: postmortem.number,
            status: postmortem.status,
            version: postmortem.version,
            team: { name: postmortem.team.name },
            sections: postmortem.sections,
          }}
          header={toHeaderValues({ ...postmortem, ownerId: postmortem.owner.id })}
          owners={await listOwnerCandidates(actor, postmortem.id)}
          severity={{ ...severity, options: severityOptions(scale, postmortem.severity) }}
          actions={{
            save: saveSectionAction,
            remove: removeSectionAction,
            move: moveSectionAction,
            saveHeader: saveHeaderAction,
            addSection: addSectionAction,
            heartbeat: heartbeatAction,
          }}
        />
      ) : (
        <PostmortemView postmortem={postmortem} severity={severity} />
      )}
      <FlagsPanel
        flags={flags.items.map((f) => ({
          location: f.location,
          locationLabel: f.locationLabel,
          ruleId: f.ruleId,
          match: f.match,
          reason: f.reason,
          suggestion: f.suggestion,
          context: f.context,
          dismissal: f.dismissal ? { ...f.dismissal, at: f.dismissal.at.toISOString() } : null,
        }))}
        canDismiss={flags.canDismiss}
        dismiss={dismissFlagAction.bind(null, postmortem.id)}
        restore={restoreFlagAction.bind(null, postmortem.id)}
      />
    </>
  );
}
