import type { ImpactFields } from "@/lib/impact";
import type { MilestoneKey } from "@/lib/milestones";
import type { ActorWithActions } from "@/lib/timeline/actor-summary";
import type { PinnedEvent } from "@/lib/timeline/pinned";

/** What the read view of a postmortem shows (the page's query result). */
export type PostmortemViewData = Record<MilestoneKey, Date | null> &
  ImpactFields & {
    id: string;
    number: number;
    title: string;
    summary: string;
    severity: string;
    status: string;
    incidentTimeZone: string;
    impactNotes: string;
    templateKey: string | null;
    template: { name: string } | null;
    openFlagCount: number;
    createdAt: Date;
    updatedAt: Date;
    team: { name: string };
    owner: { name: string };
    sections: {
      id: string;
      key: string;
      title: string;
      body: string;
      helpText: string;
      guidingQuestions: string[];
    }[];
    factors: { id: string; explanation: string; factor: { name: string; category: string } }[];
    actionItems: {
      id: string;
      title: string;
      type: string;
      priority: string;
      status: string;
      dueDate: Date | null;
      ownerTeam: { name: string } | null;
      ownerUser: { name: string } | null;
    }[];
    actors: ActorWithActions[];
    /** Pinned, not hidden events. */
    events: PinnedEvent[];
    _count: { events: number };
  };
