import type { Metadata } from "next";
import Link from "next/link";
import { SeverityBadge, StatusBadge } from "@/components/ui/badges";
import { PageHeader } from "@/components/ui/page-header";
import { PostmortemTabs } from "@/components/postmortems/postmortem-tabs";
import { TimelineTab } from "@/components/timeline/timeline-tab";
import { NotFoundError } from "@/lib/errors";
import { describeSeverity } from "@/lib/severity";
import { requireActor } from "@/server/auth/session";
import { auditedNotFound } from "@/server/denials";
import { getSeverityScale } from "@/server/settings/severity";
import { packEvent } from "@/lib/timeline/packed-events";
import { FIRST_WINDOW, getTimeline } from "@/server/timeline/queries";

export const metadata: Metadata = { title: "Timeline · Kintsugi" };

// No loading.tsx on purpose: a streamed page answers 200 before notFound()
// runs, and another team's timeline must be a real 404 (as on the history page).
export default async function TimelinePage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, actor] = await Promise.all([params, requireActor()]);
  const [timeline, scale] = await Promise.all([
    getTimeline(actor, id, { first: FIRST_WINDOW }),
    getSeverityScale(),
  ]).catch(async (error: unknown) => {
    if (error instanceof NotFoundError) await auditedNotFound(error);
    throw error;
  });
  const { postmortem, viewer } = timeline;
  return (
    <>
      <PostmortemTabs postmortemId={postmortem.id} current="timeline" />
      <PageHeader
        title={`Timeline of INC-${postmortem.number}`}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Link href={`/postmortems/${postmortem.id}`} className="break-words hover:underline">
              {postmortem.title}
            </Link>
            <SeverityBadge severity={describeSeverity(scale, postmortem.severity)} />
            <StatusBadge status={postmortem.status} />
          </span>
        }
      />
      {viewer.canWrite && !viewer.canEdit ? (
        <p className="mb-6 rounded-md border border-stone-200 bg-stone-50 px-3 py-2 text-sm text-stone-700">
          This postmortem is {postmortem.status === "PUBLISHED" ? "published" : "not in an editable state"}:
          the timeline is read-only. Reopen it from the document tab to change it.
        </p>
      ) : null}
      <TimelineTab
        postmortemId={postmortem.id}
        zone={postmortem.incidentTimeZone}
        initialEvents={timeline.events.map(packEvent)}
        total={timeline.total}
        latestAt={timeline.latestAt}
        actors={timeline.actors}
        initialMilestones={timeline.milestones}
        canEdit={viewer.canEdit}
      />
    </>
  );
}
