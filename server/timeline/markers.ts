import "server-only";
import type { DbTransaction } from "@/lib/db/connect";
import { milestoneKeys, type MilestoneKey } from "@/lib/milestones";
import { eventMilestones, milestoneField, type EventMilestone } from "@/lib/timeline/types";

const milestoneOfField = Object.fromEntries(eventMilestones.map((m) => [milestoneField[m], m])) as Record<
  MilestoneKey,
  EventMilestone
>;

/**
 * After milestones were set directly (the timeline's milestones panel or the
 * document's header form), an event still marking one of them at a different
 * time would contradict it: its marker is removed (and its version bumped so
 * an open edit of it conflicts). Returns the ids of the live events changed.
 */
export async function detachStaleMarkers(
  tx: DbTransaction,
  postmortemId: string,
  milestones: Partial<Record<MilestoneKey, Date | null>>,
): Promise<string[]> {
  const keys = milestoneKeys.filter((k) => k in milestones);
  if (keys.length === 0) return [];
  const markers = await tx.timelineEvent.findMany({
    where: { postmortemId, milestone: { in: keys.map((k) => milestoneOfField[k]) } },
    select: { id: true, occurredAt: true, deletedAt: true, milestone: true },
  });
  const stale = markers.filter((m) => {
    const at = milestones[milestoneField[m.milestone!]];
    return !at || at.getTime() !== m.occurredAt.getTime();
  });
  if (stale.length === 0) return [];
  await tx.timelineEvent.updateMany({
    where: { id: { in: stale.map((m) => m.id) } },
    data: { milestone: null, version: { increment: 1 } },
  });
  return stale.filter((m) => !m.deletedAt).map((m) => m.id);
}
