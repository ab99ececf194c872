// Issue 8: a reviewer could approve their own postmortem by making someone
// else the owner while it was in review. Separation of duties now rests on who
// WROTE it (created it, edited the header, a section or the timeline, ...),
// and changing the owner from review on needs a manager.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import { saveHeaderSchema } from "@/lib/schemas/editing";
import { createPostmortemSchema } from "@/lib/schemas/postmortems";
import { eventFieldsSchema } from "@/lib/schemas/timeline";
import type { Actor } from "@/server/auth/actor";
import { FieldRuleError, saveHeader, saveSection } from "@/server/postmortems/editing/mutations";
import { createPostmortem } from "@/server/postmortems/mutations";
import { getPostmortem } from "@/server/postmortems/queries";
import { changeStatus } from "@/server/postmortems/workflow/mutations";
import { availableTransitions } from "@/server/postmortems/workflow/policy";
import { createEvent } from "@/server/timeline/mutations";
import { actorFor, addMember, makeTeamWithRoles, makeUser } from "./factories";

const input = createPostmortemSchema.parse({
  title: "Cache stampede after a deploy",
  severity: "SEV2",
  timeZone: "UTC",
  startedAt: "",
  template: "google-sre",
});

async function setup() {
  const team = await makeTeamWithRoles();
  const user = await makeUser({ name: "Second reviewer" });
  await addMember(team.team.id, user.id, "REVIEWER");
  const otherReviewer = await actorFor(user.id);
  return { ...team, otherReviewer };
}

const changeOwner = (actor: Actor, id: string, from: string, to: string) =>
  saveHeader(actor, id, saveHeaderSchema.parse({ base: { ownerId: from }, changes: { ownerId: to } }));

async function writeFirstSection(actor: Actor, postmortemId: string, body: string) {
  const section = await db.section.findFirstOrThrow({
    where: { postmortemId },
    select: { id: true, version: true },
    orderBy: { position: "asc" },
  });
  await saveSection(actor, postmortemId, section.id, { baseVersion: section.version, body });
}

const approve = (actor: Actor, id: string) =>
  changeStatus(actor, id, { expectedStatus: "IN_REVIEW", to: "APPROVED" });

const status = async (id: string) =>
  (await db.postmortem.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;

describe("separation of duties", () => {
  it("refuses the attack: the reviewer who wrote it hands it to a writer in review, then approves", async () => {
    const { REVIEWER, WRITER, MANAGER } = await setup();
    const pm = await createPostmortem(REVIEWER, REVIEWER.memberships[0]!.teamId, input);
    await writeFirstSection(REVIEWER, pm.id, "What I want approved.");
    await changeStatus(REVIEWER, pm.id, { expectedStatus: "DRAFT", to: "IN_REVIEW" });

    // Changing the owner in review needs a manager ...
    const refused = await changeOwner(REVIEWER, pm.id, REVIEWER.userId, WRITER.userId).catch(
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(FieldRuleError);
    expect((refused as FieldRuleError).fieldErrors.ownerId).toEqual([
      "While it is in review, only a manager of the team can change the owner.",
    ]);
    expect((await db.postmortem.findUniqueOrThrow({ where: { id: pm.id } })).ownerId).toBe(REVIEWER.userId);

    // ... and even when a manager does hand it over, its writer still cannot approve it.
    await changeOwner(MANAGER, pm.id, REVIEWER.userId, WRITER.userId);
    await expect(approve(REVIEWER, pm.id)).rejects.toThrow(ForbiddenError);
    await expect(approve(REVIEWER, pm.id)).rejects.toThrow(/neither owns nor wrote/);
    expect(await status(pm.id)).toBe("IN_REVIEW");
    const view = await getPostmortem(REVIEWER, pm.id);
    expect(view.viewer.isAuthor).toBe(true);
    expect(availableTransitions(view.status, view.viewer).map((t) => t.to)).not.toContain("APPROVED");
  });

  it("lets a reviewer who wrote none of it approve, and the manager who only reassigned it", async () => {
    const { WRITER, MANAGER, otherReviewer, REVIEWER } = await setup();
    const pm = await createPostmortem(WRITER, WRITER.memberships[0]!.teamId, input);
    await writeFirstSection(WRITER, pm.id, "Written by the writer.");
    await changeStatus(WRITER, pm.id, { expectedStatus: "DRAFT", to: "IN_REVIEW" });
    await changeOwner(MANAGER, pm.id, WRITER.userId, REVIEWER.userId);
    const audit = await db.auditEvent.findMany({
      where: { postmortemId: pm.id, actorUserId: MANAGER.userId },
      select: { action: true, before: true, after: true },
    });
    expect(audit).toEqual([
      {
        action: "postmortem.owner_changed",
        before: { ownerId: WRITER.userId },
        after: { ownerId: REVIEWER.userId },
      },
    ]);
    const view = await getPostmortem(otherReviewer, pm.id);
    expect(view.viewer.isAuthor).toBe(false);
    expect(availableTransitions(view.status, view.viewer).map((t) => t.to)).toContain("APPROVED");
    await approve(MANAGER, pm.id);
    expect(await status(pm.id)).toBe("APPROVED");
  });

  it.each([
    ["a section", (a: Actor, id: string) => writeFirstSection(a, id, "A reviewer's paragraph.")],
    [
      "the header",
      (a: Actor, id: string) =>
        saveHeader(a, id, saveHeaderSchema.parse({ base: { summary: "" }, changes: { summary: "TL;DR" } })),
    ],
    [
      "the timeline",
      (a: Actor, id: string) =>
        createEvent(
          a,
          id,
          eventFieldsSchema.parse({ occurredAt: "2026-11-20T13:10:00Z", type: "ACTION", description: "x" }),
        ),
    ],
  ])("denies approval to a reviewer who edited %s during review", async (_what, edit) => {
    const { WRITER, otherReviewer } = await setup();
    const pm = await createPostmortem(WRITER, WRITER.memberships[0]!.teamId, input);
    await changeStatus(WRITER, pm.id, { expectedStatus: "DRAFT", to: "IN_REVIEW" });
    await edit(otherReviewer, pm.id);
    await expect(approve(otherReviewer, pm.id)).rejects.toThrow(ForbiddenError);
    await expect(
      changeStatus(otherReviewer, pm.id, { expectedStatus: "IN_REVIEW", to: "CHANGES_REQUESTED" }),
    ).rejects.toThrow(ForbiddenError);
    expect(await status(pm.id)).toBe("IN_REVIEW");
  });

  it("lets a writer change the owner of a draft without a manager", async () => {
    const { WRITER, REVIEWER } = await setup();
    const pm = await createPostmortem(WRITER, WRITER.memberships[0]!.teamId, input);
    await changeOwner(WRITER, pm.id, WRITER.userId, REVIEWER.userId);
    expect((await db.postmortem.findUniqueOrThrow({ where: { id: pm.id } })).ownerId).toBe(REVIEWER.userId);
  });
});
