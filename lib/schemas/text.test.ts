import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { actorInputSchema } from "./actors";
import { signUpSchema } from "./auth";
import { claimInputSchema } from "./claims";
import { addSectionSchema, saveHeaderSchema, saveSectionSchema } from "./editing";
import { dismissFlagSchema } from "./flags";
import { guardrailInputSchema } from "./guardrails";
import { importInputSchema } from "./imports";
import { createPostmortemSchema } from "./postmortems";
import { createInviteSchema, createTeamSchema } from "./teams";
import { templateInputSchema } from "./templates";
import { NUL_MESSAGE, nulStrippedText, stripNul, text } from "./text";
import { eventFieldsSchema } from "./timeline";
import { changeStatusSchema } from "./workflow";

const NUL = "\u0000";

/** The messages a schema gives for `input`, by field path. */
function errors(
  schema: {
    safeParse: (v: unknown) => {
      success: boolean;
      error?: { issues: { path: PropertyKey[]; message: string }[] };
    };
  },
  input: unknown,
) {
  const result = schema.safeParse(input);
  return Object.fromEntries(
    (result.error?.issues ?? []).map((i) => [i.path.map(String).join("."), i.message]),
  );
}

describe("text()", () => {
  it("refuses NUL with a clear message, and still trims and checks lengths", () => {
    const title = text().trim().min(1, "Enter a title.").max(5, "Too long.");
    expect(title.safeParse(` a${NUL} `).error?.issues.map((i) => i.message)).toEqual([NUL_MESSAGE]);
    expect(title.parse("  ab ")).toBe("ab");
    expect(title.safeParse("abcdefg").error?.issues[0]?.message).toBe("Too long.");
    // One message, not a pile: the NUL check stops the rest.
    expect(title.safeParse(NUL.repeat(9)).error?.issues).toHaveLength(1);
  });

  it("stripping variant and helper", () => {
    expect(stripNul(`a${NUL}b${NUL}`)).toBe("ab");
    expect(stripNul("plain")).toBe("plain");
    expect(nulStrippedText().parse(`x${NUL}y`)).toBe("xy");
  });
});

describe("every schema refuses NUL next to the field", () => {
  it("postmortems, sections, header", () => {
    const pm = {
      title: "Checkout errors",
      severity: "SEV2",
      timeZone: "UTC",
      startedAt: "",
      template: "blank",
    };
    expect(errors(createPostmortemSchema, { ...pm, title: `Check${NUL}out` })).toEqual({
      title: NUL_MESSAGE,
    });
    expect(errors(saveSectionSchema, { baseVersion: 1, body: `a${NUL}` })).toEqual({ body: NUL_MESSAGE });
    expect(errors(addSectionSchema, { title: `a${NUL}` })).toEqual({ title: NUL_MESSAGE });
    expect(errors(saveHeaderSchema, { base: { impactNotes: "" }, changes: { impactNotes: NUL } })).toEqual({
      "changes.impactNotes": NUL_MESSAGE,
    });
  });

  it("events, actors, claims, guardrails", () => {
    const event = { occurredAt: "2026-11-20T13:10:00Z", type: "ACTION", description: "ok" };
    expect(errors(eventFieldsSchema, { ...event, knownAtTheTime: NUL })).toEqual({
      knownAtTheTime: NUL_MESSAGE,
    });
    expect(errors(eventFieldsSchema, { ...event, decision: { rationale: NUL } })).toEqual({
      "decision.rationale": NUL_MESSAGE,
    });
    expect(
      errors(eventFieldsSchema, { ...event, evidenceLinks: [{ url: `https://x.example/${NUL}` }] }),
    ).toEqual({
      "evidenceLinks.0.url": NUL_MESSAGE,
    });
    expect(errors(actorInputSchema, { kind: "PERSON", role: `on-call${NUL}` })).toMatchObject({
      role: NUL_MESSAGE,
    });
    expect(errors(actorInputSchema, { kind: "AI_AGENT", name: "A", task: NUL })).toEqual({
      task: NUL_MESSAGE,
    });
    expect(errors(claimInputSchema, { statement: "s", status: "UNKNOWN", evidence: NUL })).toEqual({
      evidence: NUL_MESSAGE,
    });
    expect(errors(guardrailInputSchema, { name: "n", kind: `k${NUL}`, state: "ABSENT" })).toEqual({
      kind: NUL_MESSAGE,
    });
  });

  it("teams, templates, flags, workflow, sign-up", () => {
    expect(errors(createTeamSchema, { name: "Ops", slug: `ops${NUL}` })).toMatchObject({ slug: NUL_MESSAGE });
    expect(errors(createInviteSchema, { email: `a${NUL}@b.example`, role: "WRITER" })).toEqual({
      email: NUL_MESSAGE,
    });
    const sections = JSON.stringify([{ title: "t", helpText: NUL, guidingQuestions: "" }]);
    expect(errors(templateInputSchema, { name: "Short", description: "", sections })).toEqual({
      "sections.0.helpText": NUL_MESSAGE,
    });
    expect(
      errors(dismissFlagSchema, {
        location: "field:title",
        ruleId: "r",
        phrase: "p",
        reason: `because${NUL}!`,
      }),
    ).toEqual({ reason: NUL_MESSAGE });
    expect(errors(changeStatusSchema, { to: "IN_REVIEW", expectedStatus: "DRAFT", reason: NUL })).toEqual({
      reason: NUL_MESSAGE,
    });
    expect(
      errors(signUpSchema, { name: `Ada${NUL}`, email: "a@b.example", password: "long enough pw" }),
    ).toEqual({
      name: NUL_MESSAGE,
    });
  });

  it("imports remove NULs from the file instead of refusing it", () => {
    const parsed = importInputSchema.parse({
      source: "CSV",
      fileName: `a${NUL}.csv`,
      text: `time,description\n2026-11-20 14:05,Pager${NUL} fired`,
      mapping: { time: 0, actor: null, type: null, description: 1, link: null },
    });
    expect(parsed.source === "CSV" && [parsed.fileName, parsed.text]).toEqual([
      "a.csv",
      "time,description\n2026-11-20 14:05,Pager fired",
    ]);
  });

  it("no schema builds a string without the shared helper", () => {
    const dir = __dirname;
    const offenders = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== "text.ts")
      .filter((f) => /z\s*\.\s*string\s*\(/.test(fs.readFileSync(path.join(dir, f), "utf8")));
    expect(offenders).toEqual([]);
  });
});
