import { describe, expect, it } from "vitest";
import { packEvent, unpackEvent } from "./packed-events";
import { blankEvent } from "./test-event";
import type { TimelineEventView } from "./types";

const bare: TimelineEventView = {
  ...blankEvent,
  occurredAt: "2026-11-20T13:05:00.000Z",
  description: "Restarted the pool",
  version: 3,
};

const full: TimelineEventView = {
  ...bare,
  endedAt: "2026-11-20T13:15:00.000Z",
  actorId: "a1",
  knownAtTheTime: "Only the alert",
  evidenceLinks: [{ url: "https://ci.example/1", label: "Run" }, { url: "https://ci.example/2" }],
  pinned: true,
  hidden: true,
  milestone: "MITIGATED",
  isDecisionPoint: true,
  decision: { known: "k", believed: "b", goal: "g", pressures: "p", options: "o", rationale: "r" },
  blastRadius: {
    resourcesTouched: ["prod-db"],
    environment: "PRODUCTION",
    crossedEnvironment: false,
    reversibility: "IRREVERSIBLE",
  },
  claims: [{ id: "c1", statement: "Rollback is impossible", status: "REFUTED" }],
  guardrails: [{ id: "g1", name: "Deploy freeze", state: "BYPASSED" }],
  importBatchId: "b1",
};

describe("packed events", () => {
  it("round-trip an event with every field set and one with none", () => {
    expect(unpackEvent(packEvent(full))).toEqual(full);
    expect(unpackEvent(packEvent(bare))).toEqual(bare);
    const partial = { ...bare, partial: true as const };
    expect(unpackEvent(packEvent(partial))).toEqual(partial);
  });

  it("leave empty fields off the wire", () => {
    expect(Object.keys(packEvent(bare)).sort()).toEqual([
      "description",
      "id",
      "occurredAt",
      "type",
      "version",
    ]);
    // crossedEnvironment false is an answer, not an empty field
    const answered = { ...bare, blastRadius: { ...bare.blastRadius, crossedEnvironment: false } };
    expect(packEvent(answered).blastRadius).toEqual(answered.blastRadius);
  });
});
