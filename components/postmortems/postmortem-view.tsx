import { Fragment } from "react";
import type { SeverityInfo } from "@/lib/severity";
import { timelineSectionIndex } from "@/lib/timeline/pinned";
import { ActionItemsPanel } from "./action-items-panel";
import { ActorsSummary } from "./actors-summary";
import { FactorsPanel } from "./factors-panel";
import { ImpactPanel } from "./impact-panel";
import { MilestonesPanel } from "./milestones-panel";
import { PinnedTimeline } from "./pinned-timeline";
import { PostmortemHeader } from "./postmortem-header";
import { PostmortemSection } from "./postmortem-section";
import type { PostmortemViewData } from "./postmortem-view-data";

export function PostmortemView({
  postmortem: p,
  severity,
}: {
  postmortem: PostmortemViewData;
  /** The level as the organisation's scale names it, and the note when the scale no longer uses it. */
  severity: { info: SeverityInfo; note: string | null };
}) {
  const timelineAt = timelineSectionIndex(p.sections);
  const pinned = (
    <Fragment key="timeline-and-actors">
      <PinnedTimeline
        key="pinned-timeline"
        postmortemId={p.id}
        events={p.events}
        totalEvents={p._count.events}
        zone={p.incidentTimeZone}
      />
      <ActorsSummary postmortemId={p.id} actors={p.actors} />
    </Fragment>
  );

  return (
    <article className="space-y-8">
      <PostmortemHeader postmortem={p} severity={severity} />

      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-8">
          {timelineAt < 0 ? pinned : null}
          {p.sections.map((s, i) => (
            <Fragment key={s.id}>
              <PostmortemSection section={s} />
              {i === timelineAt ? pinned : null}
            </Fragment>
          ))}
        </div>

        <aside className="space-y-6">
          <MilestonesPanel postmortem={p} />
          <ImpactPanel postmortem={p} />
          <FactorsPanel factors={p.factors} />
          <ActionItemsPanel items={p.actionItems} />
        </aside>
      </div>
    </article>
  );
}
