import { describe, expect, it } from "vitest";
import {
  blastRadiusColumns,
  blastRadiusRow,
  blastRadiusTable,
  describeSource,
  summarizeBlastRadius,
  type BlastRadiusActorInput,
  type BlastRadiusEventInput,
} from "./blast-radius";

const actor = (over: Partial<BlastRadiusActorInput> & { id: string }): BlastRadiusActorInput => ({
  kind: "PERSON",
  name: over.id,
  role: "",
  inheritedFrom: null,
  permissionsGranted: [],
  permissionsInherited: [],
  permissionsNeeded: [],
  permissionsUsed: [],
  ...over,
});

const event = (over: Partial<BlastRadiusEventInput>): BlastRadiusEventInput => ({
  actorId: null,
  occurredAt: "2026-03-01T10:00:00.000Z",
  environment: null,
  crossedEnvironment: null,
  reversibility: null,
  resourcesTouched: [],
  type: "ACTION",
  ...over,
});

// The flagship case: an agent inherits an operator's role, deletes and recreates production.
const agent = actor({
  id: "agent",
  kind: "AI_AGENT",
  name: "Coding agent",
  role: "fix the flaky deploy",
  inheritedFrom: "release operator",
  permissionsGranted: ["repo:write"],
  permissionsInherited: ["cloudformation:DeleteStack", "ec2:*"],
  permissionsNeeded: ["repo:write", "ec2:DescribeInstances"],
  permissionsUsed: ["repo:write", "cloudformation:DeleteStack"],
});
const oncall = actor({
  id: "oncall",
  name: "On-call engineer",
  role: "On-call engineer",
  permissionsGranted: ["prod:read", "prod:restore"],
  permissionsNeeded: ["prod:read", "prod:restore"],
  permissionsUsed: ["prod:restore"],
});
const pipeline = actor({
  id: "pipeline",
  kind: "AUTOMATION",
  name: "Deploy pipeline",
  permissionsGranted: ["deploy:prod", "db:admin"],
  permissionsNeeded: ["deploy:prod"],
});

const events: BlastRadiusEventInput[] = [
  event({
    actorId: "agent",
    occurredAt: "2026-03-01T10:05:00.000Z",
    environment: "PRODUCTION",
    crossedEnvironment: true,
    reversibility: "IRREVERSIBLE",
    resourcesTouched: ["prod-stack", "prod-db"],
  }),
  event({
    actorId: "agent",
    occurredAt: "2026-03-01T10:01:00.000Z",
    environment: "NON_PRODUCTION",
    resourcesTouched: ["staging"],
  }),
  event({
    actorId: "oncall",
    occurredAt: "2026-03-01T12:00:00.000Z",
    environment: "PRODUCTION",
    reversibility: "RESTORABLE_FROM_BACKUP",
    resourcesTouched: ["prod-db", "PROD-DB"],
  }),
  event({
    actorId: "pipeline",
    environment: "PRODUCTION",
    reversibility: "REVERSIBLE",
    resourcesTouched: ["api"],
  }),
  event({ actorId: null, type: "ALERT" }),
];

describe("summarizeBlastRadius", () => {
  const summary = summarizeBlastRadius([oncall, pipeline, agent], events);

  it("counts each actor's actions by environment, boundary and reversibility", () => {
    const a = summary.actors.find((r) => r.actorId === "agent")!;
    expect(a).toMatchObject({
      events: 2,
      productionActions: 1,
      boundaryCrossings: 1,
      irreversibleActions: 1,
      restorableActions: 0,
      riskyActions: 1,
      resourcesTouched: ["prod-stack", "prod-db", "staging"],
      riskyResources: ["prod-stack", "prod-db"],
      firstActedAt: "2026-03-01T10:01:00.000Z",
      lastActedAt: "2026-03-01T10:05:00.000Z",
    });
    expect(a.gaps).toEqual({
      excess: ["cloudformation:DeleteStack", "ec2:*"],
      usedNotNeeded: ["cloudformation:DeleteStack"],
      missing: [],
    });
    expect(a.inheritedExcess).toEqual(["cloudformation:DeleteStack", "ec2:*"]);
    const o = summary.actors.find((r) => r.actorId === "oncall")!;
    expect(o.resourcesTouched).toEqual(["prod-db"]);
    expect(o.restorableActions).toBe(1);
  });

  it("names the actors whose unneeded permissions were behind risky actions, used before held", () => {
    expect(summary.sources.map((s) => [s.actorId, s.basis])).toEqual([
      ["agent", "used"],
      ["pipeline", "held"],
    ]);
    expect(summary.sources[0]!.riskScopes).toEqual([
      { scope: "cloudformation:DeleteStack", origin: "inherited", used: true },
    ]);
    expect(summary.sources[1]!.riskScopes).toEqual([{ scope: "db:admin", origin: "granted", used: false }]);
  });

  it("sorts every actor most significant first", () => {
    expect(summary.actors.map((a) => a.actorId)).toEqual(["agent", "pipeline", "oncall"]);
  });

  it("totals the incident and counts unattributed events", () => {
    expect(summary.totals).toEqual({
      events: 5,
      productionActions: 3,
      boundaryCrossings: 1,
      irreversibleActions: 1,
      restorableActions: 1,
      resourcesTouched: ["prod-stack", "prod-db", "staging", "api"],
      unattributedEvents: 1,
      actorsWithExcess: 2,
    });
  });

  it("is not a source when only needed permissions were used, or nothing risky happened", () => {
    const careful = actor({
      id: "careful",
      permissionsGranted: ["a", "b"],
      permissionsNeeded: ["a"],
      permissionsUsed: ["a"],
    });
    const idle = actor({ id: "idle", permissionsGranted: ["admin"], permissionsUsed: ["admin"] });
    const s = summarizeBlastRadius(
      [careful, idle],
      [
        event({ actorId: "careful", environment: "PRODUCTION", reversibility: "IRREVERSIBLE" }),
        event({ actorId: "idle", environment: "NON_PRODUCTION", reversibility: "REVERSIBLE" }),
      ],
    );
    expect(s.sources).toEqual([]);
    expect(s.actors.find((a) => a.actorId === "careful")!.gaps.excess).toEqual(["b"]);
  });

  it("handles actors without events and no events at all", () => {
    const s = summarizeBlastRadius([agent], []);
    expect(s.actors[0]).toMatchObject({
      events: 0,
      firstActedAt: null,
      lastActedAt: null,
      basis: null,
      riskScopes: [],
    });
    expect(s.totals.events).toBe(0);
    expect(summarizeBlastRadius([], []).actors).toEqual([]);
  });

  it("accepts Date objects for times", () => {
    const s = summarizeBlastRadius(
      [oncall],
      [event({ actorId: "oncall", occurredAt: new Date("2026-03-01T09:00:00Z") })],
    );
    expect(s.actors[0]!.firstActedAt).toBe("2026-03-01T09:00:00.000Z");
  });

  it("reports scopes used without a recorded grant", () => {
    const s = summarizeBlastRadius(
      [actor({ id: "x", permissionsUsed: ["rds:DeleteDBInstance"] })],
      [event({ actorId: "x", environment: "PRODUCTION" })],
    );
    expect(s.sources[0]!.riskScopes).toEqual([
      { scope: "rds:DeleteDBInstance", origin: "not held", used: true },
    ]);
    expect(describeSource(s.sources[0]!)).toContain("used without a recorded grant");
  });
});

describe("as a table", () => {
  const summary = summarizeBlastRadius([agent, oncall], events);

  it("has one plain-text cell per column", () => {
    const row = blastRadiusRow(summary.actors[0]!);
    expect(Object.keys(row)).toEqual(blastRadiusColumns.map((c) => c.key));
    expect(row).toEqual({
      actor: "Coding agent (AI agent, fix the flaky deploy)",
      excess:
        "cloudformation:DeleteStack (inherited from release operator), ec2:* (inherited from release operator)",
      usedNotNeeded: "cloudformation:DeleteStack",
      missing: "—",
      production: "1",
      crossings: "1",
      irreversible: "1",
      resources: "prod-stack, prod-db, staging",
    });
    expect(blastRadiusRow(summary.actors[1]!).actor).toBe("On-call engineer (person)");
  });

  it("explains a source in one sentence", () => {
    expect(describeSource(summary.sources[0]!)).toBe(
      "Used permissions its task did not need: cloudformation:DeleteStack (inherited from release operator); it acted in 1 risky action: 1 irreversible, 1 crossing into production, 1 in production.",
    );
    expect(describeSource(summary.actors[1]!)).toBe("");
  });
});

describe("blastRadiusTable", () => {
  it("gives headers, rows in summary order and one sentence per source", () => {
    const t = blastRadiusTable(summarizeBlastRadius([oncall, agent], events));
    expect(t.headers[0]).toBe("Actor");
    expect(t.rows).toHaveLength(2);
    expect(t.rows[0]![0]).toBe("Coding agent (AI agent, fix the flaky deploy)");
    expect(t.rows.every((r) => r.length === t.headers.length)).toBe(true);
    expect(t.sources).toEqual([
      { actor: "Coding agent", sentence: expect.stringContaining("Used permissions") },
    ]);
  });
});
