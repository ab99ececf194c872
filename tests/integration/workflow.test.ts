import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError, RuleError } from "@/lib/errors";
import type { PostmortemStatus } from "@/lib/generated/prisma/enums";
import { createPostmortemSchema } from "@/lib/schemas/postmortems";
import type { Actor } from "@/server/auth/actor";
import { requireEditable } from "@/server/postmortems/editable";
import { createPostmortem } from "@/server/postmortems/mutations";
import { getPostmortem } from "@/server/postmortems/queries";
import { recordRevision } from "@/server/postmortems/workflow/revisions";
import {
  changeStatus,
  getRevisionPair,
  listRevisions,
  restoreRevision,
} from "@/server/postmortems/workflow/mutations";
import { makeTeamWithRoles } from "./factories";

const input = createPostmortemSchema.parse({
  title: "Queue backlog after a config rollout",
  severity: "SEV2",
  timeZone: "UTC",
  startedAt: "",
  template: "google-sre",
});

async function setup() {
  const alpha = await makeTeamWithRoles();
  const pm = await createPostmortem(alpha.WRITER, alpha.team.id, input);
  const move = (actor: Actor, expectedStatus: PostmortemStatus, to: PostmortemStatus, reason?: string) =>
    changeStatus(actor, pm.id, { expectedStatus, to, reason });
  const status = async () =>
    (await db.postmortem.findUniqueOrThrow({ where: { id: pm.id }, select: { status: true } })).status;
  return { ...alpha, pm, move, status };
}

/** Sets the status directly (test setup only). */
const force = (id: string, status: PostmortemStatus) =>
  db.postmortem.update({ where: { id }, data: { status } });

/** Writes section text directly, as the editor would (test setup only). */
async function writeSection(id: string, key: string, body: string) {
  await db.section.update({
    where: { postmortemId_key: { postmortemId: id, key } },
    data: { body, version: { increment: 1 } },
  });
}

describe("status workflow", () => {
  it("goes draft → in review → approved → published with the right people", async () => {
    const { pm, move, status, WRITER, REVIEWER, MANAGER } = await setup();
    await move(WRITER, "DRAFT", "IN_REVIEW");
    expect(await status()).toBe("IN_REVIEW");
    await move(REVIEWER, "IN_REVIEW", "APPROVED");
    expect(await status()).toBe("APPROVED");
    const result = await move(MANAGER, "APPROVED", "PUBLISHED");
    expect(result.status).toBe("PUBLISHED");
    const row = await db.postmortem.findUniqueOrThrow({ where: { id: pm.id } });
    expect(row.publishedAt).toBeInstanceOf(Date);
  });

  it("the owner publishes their own approved postmortem", async () => {
    const { pm, move, status, WRITER } = await setup();
    await force(pm.id, "APPROVED");
    await move(WRITER, "APPROVED", "PUBLISHED");
    expect(await status()).toBe("PUBLISHED");
  });

  it("covers changes requested, withdrawal, not required and back to draft", async () => {
    const { move, status, WRITER, REVIEWER, MANAGER, ADMIN } = await setup();
    await move(WRITER, "DRAFT", "IN_REVIEW");
    await move(MANAGER, "IN_REVIEW", "CHANGES_REQUESTED", "Add the detection gap");
    expect(await status()).toBe("CHANGES_REQUESTED");
    await move(REVIEWER, "CHANGES_REQUESTED", "IN_REVIEW"); // any writer+ of the team
    await move(WRITER, "IN_REVIEW", "DRAFT"); // the owner withdraws
    await move(REVIEWER, "DRAFT", "IN_REVIEW");
    await move(ADMIN, "IN_REVIEW", "CHANGES_REQUESTED");
    await move(WRITER, "CHANGES_REQUESTED", "DRAFT");
    await move(WRITER, "DRAFT", "NOT_REQUIRED"); // the owner
    await move(MANAGER, "NOT_REQUIRED", "DRAFT");
    await move(MANAGER, "DRAFT", "NOT_REQUIRED");
    await move(WRITER, "NOT_REQUIRED", "DRAFT");
    await move(WRITER, "DRAFT", "IN_REVIEW");
    await move(REVIEWER, "IN_REVIEW", "APPROVED");
    await move(MANAGER, "APPROVED", "DRAFT");
    expect(await status()).toBe("DRAFT");
  });

  it("denies viewers, writers reviewing, owners approving their own, and non-owners' owner moves", async () => {
    const alpha = await makeTeamWithRoles();
    const byReviewer = await createPostmortem(alpha.REVIEWER, alpha.team.id, input);
    const { pm, move, status, VIEWER, WRITER, REVIEWER } = await setup();
    await expect(move(VIEWER, "DRAFT", "IN_REVIEW")).rejects.toBeInstanceOf(ForbiddenError);
    await move(WRITER, "DRAFT", "IN_REVIEW");
    await expect(move(WRITER, "IN_REVIEW", "APPROVED")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(move(VIEWER, "IN_REVIEW", "APPROVED")).rejects.toBeInstanceOf(ForbiddenError);
    // A reviewer (or manager) never approves a postmortem they own.
    await changeStatus(alpha.REVIEWER, byReviewer.id, { expectedStatus: "DRAFT", to: "IN_REVIEW" });
    await expect(
      changeStatus(alpha.REVIEWER, byReviewer.id, { expectedStatus: "IN_REVIEW", to: "APPROVED" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await db.postmortem.update({ where: { id: byReviewer.id }, data: { ownerId: alpha.MANAGER.userId } });
    await expect(
      changeStatus(alpha.MANAGER, byReviewer.id, { expectedStatus: "IN_REVIEW", to: "CHANGES_REQUESTED" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    // Only the owner or a manager withdraws, publishes or reopens.
    await expect(move(REVIEWER, "IN_REVIEW", "DRAFT")).rejects.toBeInstanceOf(ForbiddenError);
    await force(pm.id, "APPROVED");
    await expect(move(REVIEWER, "APPROVED", "PUBLISHED")).rejects.toBeInstanceOf(ForbiddenError);
    expect(await status()).toBe("APPROVED");
  });

  it("refuses moves that do not exist", async () => {
    const { move, status, ADMIN } = await setup();
    await expect(move(ADMIN, "DRAFT", "PUBLISHED")).rejects.toBeInstanceOf(RuleError);
    await expect(move(ADMIN, "DRAFT", "APPROVED")).rejects.toBeInstanceOf(RuleError);
    expect(await status()).toBe("DRAFT");
  });

  it("gives another team's members not-found, even their admins", async () => {
    const { pm } = await setup();
    const beta = await makeTeamWithRoles();
    await expect(
      changeStatus(beta.ADMIN, pm.id, { expectedStatus: "DRAFT", to: "IN_REVIEW" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(listRevisions(beta.ADMIN, pm.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getRevisionPair(beta.ADMIN, pm.id, 1, 1)).rejects.toBeInstanceOf(NotFoundError);
    await expect(restoreRevision(beta.ADMIN, pm.id, 1)).rejects.toBeInstanceOf(NotFoundError);
    await expect(restoreRevision(beta.ADMIN, "does-not-exist", 1)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("turns a stale expected status into a conflict and changes nothing", async () => {
    const { pm, move, status, WRITER, REVIEWER } = await setup();
    await move(WRITER, "DRAFT", "IN_REVIEW");
    // A second tab still shows "draft".
    await expect(move(WRITER, "DRAFT", "IN_REVIEW")).rejects.toThrow(/status changed meanwhile/);
    await expect(move(WRITER, "DRAFT", "NOT_REQUIRED")).rejects.toBeInstanceOf(ConflictError);
    // Two reviewers at once: one wins, the other gets a conflict.
    const results = await Promise.allSettled([
      move(REVIEWER, "IN_REVIEW", "APPROVED"),
      move(REVIEWER, "IN_REVIEW", "CHANGES_REQUESTED"),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected");
    expect(rejected?.reason).toBeInstanceOf(ConflictError);
    expect(["APPROVED", "CHANGES_REQUESTED"]).toContain(await status());
    expect(await db.revision.count({ where: { postmortemId: pm.id, reason: "STATUS_CHANGE" } })).toBe(2);
  });

  it("makes published postmortems read-only for edits", async () => {
    const { pm, move, WRITER, MANAGER } = await setup();
    await force(pm.id, "APPROVED");
    await move(MANAGER, "APPROVED", "PUBLISHED");
    await expect(db.$transaction((tx) => requireEditable(tx, WRITER, pm.id))).rejects.toThrow(
      /published and read-only/,
    );
    await expect(restoreRevision(WRITER, pm.id, 1)).rejects.toBeInstanceOf(RuleError);
    const view = await getPostmortem(WRITER, pm.id);
    expect(view.viewer.canEdit).toBe(false);
  });

  it("reopens for correction only with a reason, and records it as a CORRECTION", async () => {
    const { pm, move, status, WRITER, MANAGER } = await setup();
    await force(pm.id, "APPROVED");
    await move(WRITER, "APPROVED", "PUBLISHED");
    await expect(move(MANAGER, "PUBLISHED", "DRAFT")).rejects.toMatchObject({
      name: "RuleError",
      field: "reason",
    });
    await expect(move(MANAGER, "PUBLISHED", "DRAFT", "   ")).rejects.toBeInstanceOf(RuleError);
    expect(await status()).toBe("PUBLISHED");

    await move(MANAGER, "PUBLISHED", "DRAFT", "Time to detect was off by an hour");
    expect(await status()).toBe("DRAFT");
    const [latest] = await listRevisions(WRITER, pm.id);
    expect(latest).toMatchObject({
      reason: "CORRECTION",
      note: "Time to detect was off by an hour",
      author: { id: MANAGER.userId },
    });
    const row = await db.postmortem.findUniqueOrThrow({ where: { id: pm.id } });
    expect(row.publishedAt).toBeNull();
    await db.$transaction((tx) => requireEditable(tx, WRITER, pm.id)); // editable again
  });

  it("writes an audit event with the statuses and reason for every move", async () => {
    const { team, pm, move, WRITER, MANAGER } = await setup();
    await move(WRITER, "DRAFT", "IN_REVIEW");
    await force(pm.id, "PUBLISHED");
    await move(MANAGER, "PUBLISHED", "DRAFT", "Wrong customer count");
    const audit = await db.auditEvent.findMany({
      where: { postmortemId: pm.id, action: { in: ["postmortem.status_changed", "postmortem.reopened"] } },
      orderBy: { createdAt: "asc" },
      select: { action: true, actorUserId: true, teamId: true, before: true, after: true },
    });
    expect(audit).toEqual([
      {
        action: "postmortem.status_changed",
        actorUserId: WRITER.userId,
        teamId: team.id,
        before: { status: "DRAFT" },
        after: { status: "IN_REVIEW", reason: null, revision: 2 },
      },
      {
        action: "postmortem.reopened",
        actorUserId: MANAGER.userId,
        teamId: team.id,
        before: { status: "PUBLISHED" },
        after: { status: "DRAFT", reason: "Wrong customer count", revision: 3 },
      },
    ]);
  });

  it("writes nothing when a move is refused", async () => {
    const { pm, move, VIEWER } = await setup();
    const before = await db.revision.count({ where: { postmortemId: pm.id } });
    await expect(move(VIEWER, "DRAFT", "IN_REVIEW")).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.revision.count({ where: { postmortemId: pm.id } })).toBe(before);
    expect(
      await db.auditEvent.count({ where: { postmortemId: pm.id, action: "postmortem.status_changed" } }),
    ).toBe(0);
  });
});

describe("revisions", () => {
  it("snapshots every status change, numbered, newest first, never rewritten", async () => {
    const { pm, move, WRITER, REVIEWER, VIEWER } = await setup();
    const first = await db.revision.findFirstOrThrow({ where: { postmortemId: pm.id, number: 1 } });
    await move(WRITER, "DRAFT", "IN_REVIEW");
    await move(REVIEWER, "IN_REVIEW", "APPROVED");
    const revisions = await listRevisions(VIEWER, pm.id); // viewers may read the history
    expect(revisions.map((r) => [r.number, r.reason, r.note])).toEqual([
      [3, "STATUS_CHANGE", "In review → Approved"],
      [2, "STATUS_CHANGE", "Draft → In review"],
      [1, "CREATED", ""],
    ]);
    expect(revisions[0]!.author.id).toBe(REVIEWER.userId);
    const pair = await getRevisionPair(VIEWER, pm.id, 2, 3);
    expect(pair.from.snapshot.status).toBe("IN_REVIEW");
    expect(pair.to.snapshot.status).toBe("APPROVED");
    const again = await db.revision.findFirstOrThrow({ where: { postmortemId: pm.id, number: 1 } });
    expect(again).toEqual(first);
  });

  it("reports a missing revision as not found", async () => {
    const { pm, WRITER } = await setup();
    await expect(getRevisionPair(WRITER, pm.id, 1, 9)).rejects.toBeInstanceOf(NotFoundError);
    await expect(restoreRevision(WRITER, pm.id, 9)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("restores an old revision as a new one and brings the old text back", async () => {
    const { pm, WRITER, REVIEWER } = await setup();
    await writeSection(pm.id, "summary", "The first account of what happened.");
    await db.postmortem.update({ where: { id: pm.id }, data: { summary: "Original TL;DR" } });
    const good = await db.$transaction((tx) =>
      recordRevision(tx, { postmortemId: pm.id, authorId: WRITER.userId, reason: "EDIT" }),
    );
    await writeSection(pm.id, "summary", "A rewrite that lost the important part.");
    await db.postmortem.update({
      where: { id: pm.id },
      data: { title: "Renamed", summary: "Changed TL;DR", severity: "SEV1" },
    });
    const extra = await db.section.create({
      data: { postmortemId: pm.id, key: "added-later", title: "Added later", position: 99 },
    });
    await db.section.delete({ where: { postmortemId_key: { postmortemId: pm.id, key: "trigger" } } });
    const before = await db.postmortem.findUniqueOrThrow({ where: { id: pm.id } });
    const sectionBefore = await db.section.findUniqueOrThrow({
      where: { postmortemId_key: { postmortemId: pm.id, key: "summary" } },
    });

    const result = await restoreRevision(REVIEWER, pm.id, good.number);
    expect(result.revisionNumber).toBe(good.number + 1);

    const after = await getPostmortem(WRITER, pm.id);
    expect(after.title).toBe(input.title);
    expect(after.summary).toBe("Original TL;DR");
    expect(after.severity).toBe("SEV2");
    expect(after.version).toBe(before.version + 1);
    const summary = after.sections.find((s) => s.key === "summary")!;
    expect(summary.body).toBe("The first account of what happened.");
    expect(summary.version).toBe(sectionBefore.version + 1);
    expect(after.sections.map((s) => s.key)).toContain("trigger"); // recreated
    expect(after.sections.map((s) => s.key)).not.toContain("added-later"); // not in the snapshot
    expect(await db.section.findUnique({ where: { id: extra.id } })).toBeNull();
    const snapshot = await db.revision.findFirstOrThrow({
      where: { postmortemId: pm.id, number: good.number },
    });
    expect(after.sections.map((s) => s.key)).toEqual(
      (snapshot.snapshot as { sections: { key: string }[] }).sections.map((s) => s.key),
    );

    const [latest] = await listRevisions(WRITER, pm.id);
    expect(latest).toMatchObject({
      number: good.number + 1,
      reason: "RESTORE",
      note: `Restored revision ${good.number}`,
    });
    const audit = await db.auditEvent.findFirst({
      where: { postmortemId: pm.id, action: "postmortem.revision_restored" },
    });
    expect(audit?.actorUserId).toBe(REVIEWER.userId);
    expect(audit?.after).toMatchObject({ restoredRevision: good.number, revision: good.number + 1 });
  });

  it("restores the sparse CREATED snapshot (title, severity, sections)", async () => {
    const { pm, WRITER } = await setup();
    await writeSection(pm.id, "summary", "Text written after creation");
    await restoreRevision(WRITER, pm.id, 1);
    const after = await getPostmortem(WRITER, pm.id);
    expect(after.sections.find((s) => s.key === "summary")!.body).toBe("");
    expect(after.sections[0]!.guidingQuestions.length).toBeGreaterThan(0); // kept, not in the snapshot
  });

  it("refuses restore to viewers and outside editable statuses", async () => {
    const { pm, VIEWER, WRITER } = await setup();
    await expect(restoreRevision(VIEWER, pm.id, 1)).rejects.toBeInstanceOf(ForbiddenError);
    await force(pm.id, "APPROVED");
    await expect(restoreRevision(WRITER, pm.id, 1)).rejects.toBeInstanceOf(RuleError);
    expect(await db.revision.count({ where: { postmortemId: pm.id } })).toBe(1);
  });
});

describe("a retried status change or restore (the first answer was lost)", () => {
  const revisions = (id: string) => db.revision.count({ where: { postmortemId: id } });

  it("answers a retried submit with the first result: one move, one revision, no conflict with oneself", async () => {
    const { WRITER, pm, status } = await setup();
    const submit = { expectedStatus: "DRAFT" as const, to: "IN_REVIEW" as const };
    const before = await revisions(pm.id);
    const first = await changeStatus(WRITER, pm.id, submit, "submit-attempt-0000000001");
    const retry = await changeStatus(WRITER, pm.id, submit, "submit-attempt-0000000001");
    expect(retry).toEqual(first);
    expect(await status()).toBe("IN_REVIEW");
    expect(await revisions(pm.id)).toBe(before + 1);
    // Without the key (or with a new one) the same submit is a real conflict.
    await expect(changeStatus(WRITER, pm.id, submit, "submit-attempt-0000000002")).rejects.toBeInstanceOf(
      ConflictError,
    );
  });

  it("restores once for a retried restore", async () => {
    const { WRITER, pm } = await setup();
    await writeSection(pm.id, "summary", "Changed after revision 1");
    const before = await revisions(pm.id);
    const first = await restoreRevision(WRITER, pm.id, 1, "restore-attempt-000000001");
    const retry = await restoreRevision(WRITER, pm.id, 1, "restore-attempt-000000001");
    expect(retry).toEqual(first);
    expect(await revisions(pm.id)).toBe(before + 1);
    // Another restore is another attempt.
    expect((await restoreRevision(WRITER, pm.id, 1, "restore-attempt-000000002")).revisionNumber).toBe(
      first.revisionNumber + 1,
    );
  });
});
