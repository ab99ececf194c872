import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { TimelineEventView } from "@/lib/timeline/types";
import { EventDetails, EventRow } from "./event-row";

const event: TimelineEventView = {
  id: "e1",
  occurredAt: "2026-11-20T13:15:00.000Z",
  endedAt: null,
  type: "ACTION",
  actorId: "a1",
  description: "Agent ran `terraform destroy`",
  knownAtTheTime: "",
  evidenceLinks: [{ url: "https://logs.example/1", label: "Run log" }],
  pinned: true,
  hidden: false,
  milestone: "DETECTED",
  isDecisionPoint: true,
  decision: {
    known: "k",
    believed: "b",
    goal: "g",
    pressures: "p",
    options: "o",
    rationale: "It looked like staging",
  },
  blastRadius: {
    resourcesTouched: ["prod-vpc"],
    environment: "PRODUCTION",
    crossedEnvironment: true,
    reversibility: "IRREVERSIBLE",
  },
  claims: [
    { id: "c1", statement: "Rollback is impossible", status: "REFUTED" },
    { id: "c2", statement: "Backups exist", status: "VERIFIED" },
  ],
  guardrails: [{ id: "g1", name: "Two-person sign-off", state: "BYPASSED" }],
  importBatchId: null,
  version: 1,
};

const noop = () => {};
const callbacks = { onToggleDetails: noop, onEdit: noop, onFlags: noop, onDelete: noop };
const row = (over: Partial<Parameters<typeof EventRow>[0]> = {}) =>
  renderToStaticMarkup(
    <EventRow
      event={event}
      actorLabel="Coding agent"
      zone="Europe/Berlin"
      localZone={null}
      canEdit={false}
      expanded={false}
      highlighted={false}
      busy={false}
      callbacks={callbacks}
      {...over}
    />,
  );

describe("an event row", () => {
  it("shows the time in the incident zone, markers, the refuted claim and guardrails", () => {
    const html = row();
    expect(html).toContain('id="event-e1"');
    expect(html).toContain("20 Nov 14:15 CET");
    expect(html).toContain("Milestone: Detected");
    expect(html).toContain("Decision point");
    expect(html).toContain("Pinned");
    expect(html).toContain("Refuted claim: “Rollback is impossible”");
    expect(html).toContain("Claim (verified): Backups exist");
    expect(html).toContain("Guardrail bypassed: Two-person sign-off");
    expect(html).toContain("Crossed into production");
  });

  it("has no editing controls for readers, and pressed toggles for editors", () => {
    expect(row()).not.toContain(">Edit<");
    const html = row({ canEdit: true });
    expect(html).toContain(">Edit<");
    expect(html).toMatch(/aria-pressed="true"[^>]*>Pin</);
    expect(html).toMatch(/aria-pressed="false"[^>]*>Hide</);
  });

  it("adds the viewer's own time as a title only once it is known (after hydration)", () => {
    expect(row()).not.toContain("Your time");
    expect(row({ localZone: "America/New_York" })).toMatch(
      /title="Your time \(America\/New_York\): 20 Nov 08:15/,
    );
  });

  it("details show the decision, blast radius and safe evidence links", () => {
    const html = renderToStaticMarkup(<EventDetails event={event} zone="Europe/Berlin" />);
    expect(html).toContain("It looked like staging");
    expect(html).toContain("Irreversible");
    expect(html).toContain("prod-vpc");
    expect(html).toContain('rel="noopener noreferrer nofollow"');
    expect(html).toContain("<code>terraform destroy</code>");
  });
});
