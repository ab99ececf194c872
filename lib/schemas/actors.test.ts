import { describe, expect, it } from "vitest";
import { actorInputSchema, updateActorSchema } from "./actors";
import { claimInputSchema } from "./claims";
import { fieldErrorsOf as issuesToFieldErrors } from "@/lib/action-result";
import { deleteSchema } from "./entity";
import { guardrailInputSchema } from "./guardrails";

describe("actor input", () => {
  it("records a person by role, drops fields of other kinds and dedupes scopes", () => {
    const person = actorInputSchema.parse({
      kind: "PERSON",
      name: "Jane Doe",
      role: " On-call engineer ",
      model: "should go",
      autonomy: "ACTS_ALONE",
      task: "should go",
      permissionsGranted: [" prod:read ", "PROD:READ", ""],
    });
    expect(person).toMatchObject({
      name: "On-call engineer",
      role: "On-call engineer",
      model: null,
      task: null,
      autonomy: null,
      permissionsGranted: ["prod:read"],
      permissionsUsed: [],
      inheritedFrom: null,
    });
  });

  it("keeps an agent's model, task and autonomy, and links no user", () => {
    const agent = actorInputSchema.parse({
      kind: "AI_AGENT",
      name: "Coding agent",
      userId: "u1",
      model: "m",
      modelVersion: "",
      task: "Fix the test",
      autonomy: "ACTS_WITH_APPROVAL",
      permissionsInherited: ["a"],
      inheritedFrom: "operator",
    });
    expect(agent).toMatchObject({
      userId: null,
      model: "m",
      modelVersion: null,
      task: "Fix the test",
      autonomy: "ACTS_WITH_APPROVAL",
      inheritedFrom: "operator",
    });
    expect(actorInputSchema.parse({ kind: "AI_AGENT", name: "x", autonomy: "" }).autonomy).toBeNull();
  });

  it("asks for a role for people and a name for the others, beside the field", () => {
    const person = actorInputSchema.safeParse({ kind: "PERSON", role: " " });
    expect(person.success).toBe(false);
    expect(issuesToFieldErrors(person.error!)).toEqual({
      role: ["Describe the person by role, e.g. “on-call engineer”."],
    });
    const agent = actorInputSchema.safeParse({ kind: "AI_AGENT", name: "" });
    expect(Object.keys(issuesToFieldErrors(agent.error!))).toEqual(["name"]);
  });

  it("rejects unknown kinds and autonomies, long scopes and too many", () => {
    expect(actorInputSchema.safeParse({ kind: "ROBOT", name: "x" }).success).toBe(false);
    expect(actorInputSchema.safeParse({ kind: "AI_AGENT", name: "x", autonomy: "ALWAYS" }).success).toBe(
      false,
    );
    const long = actorInputSchema.safeParse({
      kind: "AUTOMATION",
      name: "x",
      permissionsUsed: ["a".repeat(201)],
    });
    expect(issuesToFieldErrors(long.error!)).toHaveProperty("permissionsUsed");
    const many = actorInputSchema.safeParse({
      kind: "AUTOMATION",
      name: "x",
      permissionsGranted: Array.from({ length: 101 }, (_, i) => `s${i}`),
    });
    expect(many.success).toBe(false);
  });

  it("needs a positive base version for updates and deletes", () => {
    expect(
      updateActorSchema.safeParse({ baseVersion: 0, actor: { kind: "AUTOMATION", name: "x" } }).success,
    ).toBe(false);
    expect(deleteSchema.parse({ baseVersion: "3" })).toEqual({ baseVersion: 3 });
  });
});

describe("guardrail and claim input", () => {
  it("validates guardrails and dedupes linked events", () => {
    expect(
      guardrailInputSchema.parse({
        name: "Freeze",
        kind: "Change freeze",
        state: "ABSENT",
        eventIds: ["a", "a", "b"],
      }),
    ).toMatchObject({ notes: "", eventIds: ["a", "b"] });
    const empty = guardrailInputSchema.safeParse({ name: "", kind: "", state: "" });
    expect(Object.keys(issuesToFieldErrors(empty.error!)).sort()).toEqual(["kind", "name", "state"]);
  });

  it("validates claims; empty links mean none", () => {
    expect(
      claimInputSchema.parse({
        statement: "Rollback is impossible",
        status: "REFUTED",
        actorId: "",
        eventId: "",
      }),
    ).toMatchObject({ actorId: null, eventId: null, evidence: "" });
    expect(claimInputSchema.safeParse({ statement: " ", status: "REFUTED" }).success).toBe(false);
    expect(claimInputSchema.safeParse({ statement: "x", status: "MAYBE" }).success).toBe(false);
  });
});
