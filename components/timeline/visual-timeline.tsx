"use client";
import type { MilestoneTimes, TimelineActor, TimelineEventView } from "@/lib/timeline/types";

export type VisualTimelineProps = {
  events: TimelineEventView[];
  actors: TimelineActor[];
  milestones: MilestoneTimes;
  timeZone: string;
};

/** Placeholder until the visual timeline lands: lanes per actor, milestones, phases, zoom. */
export function VisualTimeline(_props: VisualTimelineProps) {
  return null;
}
