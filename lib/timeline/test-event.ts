// A timeline event with every field empty, for tests: spread it and set what
// the test is about.
import type { TimelineEventView } from "./types";

export const blankEvent: TimelineEventView = {
  id: "e1",
  occurredAt: "2026-11-20T13:00:00.000Z",
  endedAt: null,
  type: "ACTION",
  actorId: null,
  description: "",
  knownAtTheTime: "",
  evidenceLinks: [],
  pinned: false,
  hidden: false,
  milestone: null,
  isDecisionPoint: false,
  decision: { known: "", believed: "", goal: "", pressures: "", options: "", rationale: "" },
  blastRadius: { resourcesTouched: [], environment: null, crossedEnvironment: null, reversibility: null },
  claims: [],
  guardrails: [],
  importBatchId: null,
  version: 1,
};
