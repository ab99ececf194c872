import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { blankEvent } from "@/lib/timeline/test-event";
import type { MilestoneTimes, TimelineActor, TimelineEventView } from "@/lib/timeline/types";
import { VisualTimeline } from "./visual-timeline";

const none: MilestoneTimes = {
  startedAt: null,
  detectedAt: null,
  acknowledgedAt: null,
  mitigatedAt: null,
  resolvedAt: null,
};
const actors: TimelineActor[] = [
  { id: "a1", kind: "AI_AGENT", name: "Deploy agent", role: "" },
  { id: "p1", kind: "PERSON", name: "On-call engineer", role: "SRE" },
];

function event(id: string, iso: string, over: Partial<TimelineEventView> = {}): TimelineEventView {
  return {
    ...blankEvent,
    id,
    occurredAt: iso,
    actorId: "a1",
    description: "Deleted the <b>staging</b> stack",
    ...over,
  };
}

const render = (events: TimelineEventView[], milestones = none) =>
  renderToStaticMarkup(
    <VisualTimeline events={events} actors={actors} milestones={milestones} timeZone="Europe/Berlin" />,
  );

describe("VisualTimeline", () => {
  it("says what to do when there are no events, or all are hidden", () => {
    expect(render([])).toContain("The visual timeline appears once events are added.");
    expect(render([], { ...none, startedAt: "2026-11-20T13:00:00Z" })).toContain(
      "appears once events are added",
    );
    expect(render([event("e1", "2026-11-20T13:00:00Z", { hidden: true })])).toContain(
      "All events are hidden",
    );
  });

  it("draws each event as a link to its row with an accessible name, text escaped", () => {
    const html = render([
      event("e1", "2026-11-20T13:05:00Z"),
      event("e2", "2026-11-20T13:40:00Z", {
        actorId: "p1",
        type: "DECISION",
        isDecisionPoint: true,
        description: 'Ran "rm -rf" & hoped x < y',
        claims: [{ id: "c", statement: "Rollback is impossible", status: "REFUTED" }],
      }),
    ]);
    expect(html).toContain('href="#event-e1"');
    expect(html).toContain('aria-label="14:05 CET · Action · Deploy agent · Deleted the staging stack"');
    expect(html).toMatch(
      /href="#event-e2" aria-label="14:40 CET · Decision · On-call engineer · Ran &quot;rm -rf&quot; &amp; hoped x &lt; y · decision point · refuted claim"/,
    );
    expect(html).not.toContain("<b>staging");
    // Lanes: people before AI agents.
    expect(html.indexOf("On-call engineer")).toBeLessThan(html.indexOf("Deploy agent"));
    expect(html).toContain("20 Nov 14:03 – 14:41 CET");
  });
});
