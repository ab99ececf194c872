import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError, RuleError } from "@/lib/errors";
import { createPostmortemSchema } from "@/lib/schemas/postmortems";
import { SECTION_BODY_LIMIT, saveHeaderSchema, saveSectionSchema } from "@/lib/schemas/editing";
import {
  addSection,
  FieldRuleError,
  HeaderConflictError,
  heartbeat,
  moveSection,
  removeSection,
  saveHeader,
  saveSection,
  SectionConflictError,
} from "@/server/postmortems/editing/mutations";
import { listOwnerCandidates } from "@/server/postmortems/editing/queries";
import { createPostmortem } from "@/server/postmortems/mutations";
import { getPostmortem } from "@/server/postmortems/queries";
import { actorFor, addMember, makeTeamWithRoles, makeUser } from "./factories";

const input = createPostmortemSchema.parse({
  title: "Checkout errors after a config rollout",
  severity: "SEV2",
  timeZone: "Europe/Berlin",
  startedAt: "2026-11-20T14:05",
  template: "amazon-coe",
});

async function setup() {
  const alpha = await makeTeamWithRoles();
  const pm = await createPostmortem(alpha.WRITER, alpha.team.id, input);
  const full = await getPostmortem(alpha.WRITER, pm.id);
  return { alpha, pm, sections: full.sections };
}

describe("saving sections", () => {
  it("saves the body and title, bumps the version and audits before/after", async () => {
    const { alpha, pm, sections } = await setup();
    const s = sections[0]!;
    const saved = await saveSection(alpha.WRITER, pm.id, s.id, {
      baseVersion: s.version,
      title: "What happened",
      body: "The cache stopped answering.",
    });
    expect(saved.version).toBe(s.version + 1);
    const row = await db.section.findUniqueOrThrow({ where: { id: s.id } });
    expect(row).toMatchObject({ title: "What happened", body: "The cache stopped answering.", version: 2 });
    expect(row.updatedById).toBe(alpha.WRITER.userId);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entityId: s.id, action: "section.updated" },
    });
    expect(audit.actorUserId).toBe(alpha.WRITER.userId);
    expect(audit.postmortemId).toBe(pm.id);
    expect(audit.before).toMatchObject({ body: "", version: 1 });
    expect(audit.after).toMatchObject({ body: "The cache stopped answering.", version: 2 });
  });

  it("refuses a stale version with their text, and overwrites nothing", async () => {
    const { alpha, pm, sections } = await setup();
    const s = sections[0]!;
    await saveSection(alpha.REVIEWER, pm.id, s.id, { baseVersion: 1, body: "Theirs" });
    const error = await saveSection(alpha.WRITER, pm.id, s.id, { baseVersion: 1, body: "Mine" }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SectionConflictError);
    const theirs = (error as SectionConflictError).theirs;
    expect(theirs).toMatchObject({ body: "Theirs", version: 2, updatedBy: alpha.REVIEWER.name });
    expect(theirs.updatedAt).toMatch(/^\d{4}-/);
    expect((await db.section.findUniqueOrThrow({ where: { id: s.id } })).body).toBe("Theirs");
    // Saving on top of their version ("keep mine" / merge) works.
    const merged = await saveSection(alpha.WRITER, pm.id, s.id, { baseVersion: 2, body: "Theirs\n\nMine" });
    expect(merged.version).toBe(3);
  });

  it("lets two people save different sections from the same starting point", async () => {
    const { alpha, pm, sections } = await setup();
    const [a, b] = sections;
    await saveSection(alpha.WRITER, pm.id, a!.id, { baseVersion: a!.version, body: "A by writer" });
    await saveSection(alpha.REVIEWER, pm.id, b!.id, { baseVersion: b!.version, body: "B by reviewer" });
    const after = await getPostmortem(alpha.WRITER, pm.id);
    expect(after.sections[0]!.body).toBe("A by writer");
    expect(after.sections[1]!.body).toBe("B by reviewer");
  });

  it("limits the body size with a clear message and refuses empty titles", async () => {
    const { alpha, pm, sections } = await setup();
    const s = sections[0]!;
    const huge = "x".repeat(SECTION_BODY_LIMIT + 1);
    const parsed = saveSectionSchema.safeParse({ baseVersion: 1, body: huge });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/too long: 50,001 characters, the limit is 50,000/);
    await expect(
      saveSection(alpha.WRITER, pm.id, s.id, { baseVersion: 1, body: huge }),
    ).rejects.toBeInstanceOf(RuleError);
    expect(saveSectionSchema.safeParse({ baseVersion: 1, title: "  ", body: "" }).success).toBe(false);
    await expect(
      saveSection(alpha.WRITER, pm.id, s.id, { baseVersion: 1, title: " ", body: "" }),
    ).rejects.toBeInstanceOf(RuleError);
    // Exactly at the limit is fine.
    const ok = "y".repeat(SECTION_BODY_LIMIT);
    expect(saveSectionSchema.safeParse({ baseVersion: 1, body: ok }).success).toBe(true);
    await saveSection(alpha.WRITER, pm.id, s.id, { baseVersion: 1, body: ok });
  });

  it("refuses viewers, hides it from other teams and keeps published ones read-only", async () => {
    const { alpha, pm, sections } = await setup();
    const s = sections[0]!;
    const body = { baseVersion: 1, body: "Nope" };
    await expect(saveSection(alpha.VIEWER, pm.id, s.id, body)).rejects.toBeInstanceOf(ForbiddenError);
    const beta = await makeTeamWithRoles();
    await expect(saveSection(beta.ADMIN, pm.id, s.id, body)).rejects.toBeInstanceOf(NotFoundError);
    await db.postmortem.update({ where: { id: pm.id }, data: { status: "PUBLISHED" } });
    await expect(saveSection(alpha.WRITER, pm.id, s.id, body)).rejects.toBeInstanceOf(RuleError);
    await expect(
      saveHeader(alpha.WRITER, pm.id, { base: { title: input.title }, changes: { title: "X" } }),
    ).rejects.toBeInstanceOf(RuleError);
    expect((await db.section.findUniqueOrThrow({ where: { id: s.id } })).body).toBe("");
  });

  it("does not reach a section through another postmortem", async () => {
    const { alpha, pm } = await setup();
    const other = await createPostmortem(alpha.WRITER, alpha.team.id, input);
    const otherSection = (await getPostmortem(alpha.WRITER, other.id)).sections[0]!;
    await expect(
      saveSection(alpha.WRITER, pm.id, otherSection.id, { baseVersion: 1, body: "sneaky" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(removeSection(alpha.WRITER, pm.id, otherSection.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(moveSection(alpha.WRITER, pm.id, otherSection.id, "up")).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect((await db.section.findUniqueOrThrow({ where: { id: otherSection.id } })).body).toBe("");
  });
});

describe("section structure", () => {
  it("adds with a unique key, moves and removes, each audited", async () => {
    const { alpha, pm, sections } = await setup();
    const a = await addSection(alpha.WRITER, pm.id, { title: "Vendor follow-up" });
    const b = await addSection(alpha.WRITER, pm.id, { title: "Vendor   follow-up!" });
    expect(a.key).toBe("vendor-follow-up");
    expect(b.key).toBe("vendor-follow-up-2");
    let order = (await getPostmortem(alpha.WRITER, pm.id)).sections.map((s) => s.id);
    expect(order.slice(-2)).toEqual([a.id, b.id]);

    await moveSection(alpha.WRITER, pm.id, b.id, "up");
    order = (await getPostmortem(alpha.WRITER, pm.id)).sections.map((s) => s.id);
    expect(order.slice(-2)).toEqual([b.id, a.id]);
    expect(await moveSection(alpha.WRITER, pm.id, sections[0]!.id, "up")).toEqual({ moved: false });

    await removeSection(alpha.WRITER, pm.id, a.id, 1);
    order = (await getPostmortem(alpha.WRITER, pm.id)).sections.map((s) => s.id);
    expect(order).not.toContain(a.id);
    const actions = (
      await db.auditEvent.findMany({ where: { postmortemId: pm.id }, select: { action: true } })
    ).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["section.added", "section.moved", "section.removed"]));
  });

  it("refuses removing a section someone saved since", async () => {
    const { alpha, pm, sections } = await setup();
    const s = sections[0]!;
    await saveSection(alpha.REVIEWER, pm.id, s.id, { baseVersion: 1, body: "new text" });
    await expect(removeSection(alpha.WRITER, pm.id, s.id, 1)).rejects.toThrow(/changed this section/);
    expect(await db.section.count({ where: { id: s.id } })).toBe(1);
  });
});

describe("saving the header", () => {
  const header = (base: Record<string, string>, changes: Record<string, string>) =>
    saveHeaderSchema.parse({ base, changes });

  it("merges edits to different fields and conflicts on the same field", async () => {
    const { alpha, pm } = await setup();
    const title = input.title;
    const first = await saveHeader(alpha.WRITER, pm.id, header({ title }, { title: "Checkout 500s" }));
    expect(first.version).toBe(2);
    // The reviewer started from the old values but changes another field: fine.
    const second = await saveHeader(
      alpha.REVIEWER,
      pm.id,
      header({ severity: "SEV2" }, { severity: "SEV1" }),
    );
    expect(second.values).toMatchObject({ title: "Checkout 500s", severity: "SEV1" });
    expect(second.version).toBe(3);
    // Changing the title from the old base conflicts, and applies nothing.
    const error = await saveHeader(
      alpha.REVIEWER,
      pm.id,
      header({ title, summary: "" }, { title: "Reviewer title", summary: "TL;DR" }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HeaderConflictError);
    expect((error as HeaderConflictError).conflicts).toEqual({ title: "Checkout 500s" });
    const row = await db.postmortem.findUniqueOrThrow({ where: { id: pm.id } });
    expect(row).toMatchObject({ title: "Checkout 500s", summary: "", version: 3 });
    const audits = await db.auditEvent.findMany({
      where: { postmortemId: pm.id, action: "postmortem.header_updated" },
      orderBy: { createdAt: "asc" },
    });
    expect(audits).toHaveLength(2);
    expect(audits[0]!.before).toEqual({ title });
    expect(audits[0]!.after).toEqual({ title: "Checkout 500s" });
  });

  it("saves milestones in the incident zone and flags a wrong order beside the field", async () => {
    const { alpha, pm } = await setup();
    const ok = await saveHeader(
      alpha.WRITER,
      pm.id,
      header({ resolvedAt: "", impactNotes: "" }, { resolvedAt: "2026-11-20T16:00", impactNotes: "Slow" }),
    );
    expect(ok.values.resolvedAt).toBe("2026-11-20T16:00");
    const row = await db.postmortem.findUniqueOrThrow({ where: { id: pm.id } });
    expect(row.resolvedAt?.toISOString()).toBe("2026-11-20T15:00:00.000Z");

    const error = await saveHeader(
      alpha.WRITER,
      pm.id,
      header({ resolvedAt: "2026-11-20T16:00" }, { resolvedAt: "2026-11-20T13:00" }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FieldRuleError);
    expect((error as FieldRuleError).fieldErrors).toEqual({
      resolvedAt: ["Resolved cannot be before started."],
    });
    const again = await db.postmortem.findUniqueOrThrow({ where: { id: pm.id } });
    expect(again.resolvedAt?.toISOString()).toBe("2026-11-20T15:00:00.000Z");
  });

  it("rejects an empty title, bad numbers and an owner who is not a writer", async () => {
    const { alpha, pm } = await setup();
    const parsed = saveHeaderSchema.safeParse({
      base: { title: input.title, customersAffected: "" },
      changes: { title: "  ", customersAffected: "-3" },
    });
    expect(parsed.success).toBe(false);
    const paths = parsed.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["changes.title", "changes.customersAffected"]));

    const error = await saveHeader(
      alpha.WRITER,
      pm.id,
      header({ ownerId: alpha.WRITER.userId }, { ownerId: alpha.VIEWER.userId }),
    ).catch((e: unknown) => e);
    expect((error as FieldRuleError).fieldErrors).toHaveProperty("ownerId");
    const outsider = await makeUser();
    await expect(
      saveHeader(alpha.WRITER, pm.id, header({ ownerId: alpha.WRITER.userId }, { ownerId: outsider.id })),
    ).rejects.toBeInstanceOf(FieldRuleError);
    const done = await saveHeader(
      alpha.WRITER,
      pm.id,
      header(
        { ownerId: alpha.WRITER.userId, revenueImpact: "", impactCurrency: "" },
        { ownerId: alpha.REVIEWER.userId, revenueImpact: "1250.5", impactCurrency: "eur" },
      ),
    );
    expect(done.values).toMatchObject({
      ownerId: alpha.REVIEWER.userId,
      revenueImpact: "1250.50",
      impactCurrency: "EUR",
    });
    const candidates = await listOwnerCandidates(alpha.WRITER, pm.id);
    expect(candidates.map((c) => c.id)).not.toContain(alpha.VIEWER.userId);
    expect(candidates.map((c) => c.id)).toContain(alpha.REVIEWER.userId);
  });

  it("refuses viewers and other teams", async () => {
    const { alpha, pm } = await setup();
    const change = header({ title: input.title }, { title: "Changed" });
    await expect(saveHeader(alpha.VIEWER, pm.id, change)).rejects.toBeInstanceOf(ForbiddenError);
    const beta = await makeTeamWithRoles();
    await expect(saveHeader(beta.WRITER, pm.id, change)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("presence", () => {
  it("shows who else has it open recently, to readers only", async () => {
    const { alpha, pm } = await setup();
    const now = new Date();
    expect(await heartbeat(alpha.WRITER, pm.id, now)).toEqual([]);
    expect(await heartbeat(alpha.VIEWER, pm.id, now)).toEqual([alpha.WRITER.name]);
    // Seen 60 s ago: gone.
    const later = new Date(now.getTime() + 60_000);
    expect(await heartbeat(alpha.REVIEWER, pm.id, later)).toEqual([]);
    const beta = await makeTeamWithRoles();
    await expect(heartbeat(beta.WRITER, pm.id)).rejects.toBeInstanceOf(NotFoundError);
    // A member of another team who was given a share can read it, but presence
    // stays within the owning team and assigned reviewers (presence.test.ts).
    const guest = await makeUser();
    await addMember(beta.team.id, guest.id, "VIEWER");
    await db.postmortemShare.create({ data: { postmortemId: pm.id, teamId: beta.team.id } });
    expect(await heartbeat(await actorFor(guest.id), pm.id, later)).toEqual([]);
  });
});
