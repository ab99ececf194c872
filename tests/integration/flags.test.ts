import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { createPostmortemSchema } from "@/lib/schemas/postmortems";
import { dismissFlag, recountFlags, restoreFlag } from "@/server/postmortems/flags/mutations";
import { buildFlagReport, getFlagReport } from "@/server/postmortems/flags/queries";
import { createPostmortem } from "@/server/postmortems/mutations";
import { getPostmortem, listTeamPostmortems } from "@/server/postmortems/queries";
import { makeTeamWithRoles } from "./factories";

async function postmortemWithText(team: Awaited<ReturnType<typeof makeTeamWithRoles>>) {
  const pm = await createPostmortem(
    team.WRITER,
    team.team.id,
    createPostmortemSchema.parse({
      title: "Queue backlog",
      severity: "SEV3",
      timeZone: "UTC",
      startedAt: "",
      template: "blank",
    }),
  );
  await db.postmortem.update({ where: { id: pm.id }, data: { summary: "The cause was human error." } });
  await db.section.updateMany({
    where: { postmortemId: pm.id, key: "notes" },
    data: { body: "The on-call engineer should have checked the dashboard. The deploy failed to start." },
  });
  await db.$transaction((tx) => recountFlags(tx, pm.id));
  return pm;
}

describe("blameless-language flags", () => {
  it("finds flags by location and stores the open count for the list", async () => {
    const alpha = await makeTeamWithRoles();
    const pm = await postmortemWithText(alpha);
    const report = await getFlagReport(alpha.VIEWER, pm.id);
    expect(report.items.map((i) => [i.location, i.ruleId])).toEqual([
      ["field:summary", "human-error"],
      ["section:notes", "should-have"],
    ]);
    expect(report.open).toBe(2);
    expect(report.canDismiss).toBe(false);
    const list = await listTeamPostmortems(alpha.VIEWER, alpha.team.id, {});
    expect(list.items[0]!.openFlagCount).toBe(2);
  });

  it("builds the document page's report from the postmortem it already loaded, as getFlagReport does", async () => {
    const alpha = await makeTeamWithRoles();
    const pm = await postmortemWithText(alpha);
    await dismissFlag(alpha.WRITER, pm.id, {
      location: "field:summary",
      ruleId: "human-error",
      phrase: "Human Error",
      reason: "Quoting the vendor.",
    });
    // Person names come from the members (the check may flag them).
    await db.postmortem.update({
      where: { id: pm.id },
      data: { impactNotes: `${alpha.VIEWER.name} restarted the queue.` },
    });
    for (const actor of [alpha.WRITER, alpha.VIEWER]) {
      const postmortem = await getPostmortem(actor, pm.id);
      const built = buildFlagReport(
        postmortem,
        postmortem.team.memberships.map((m) => m.user.name),
        postmortem.viewer.canEdit,
      );
      const report = await getFlagReport(actor, pm.id);
      expect(built).toEqual(report);
      expect(built.items.length).toBeGreaterThanOrEqual(2);
    }
  });

  it("lets a writer dismiss a flag with a reason that reviewers see, and restore it", async () => {
    const alpha = await makeTeamWithRoles();
    const pm = await postmortemWithText(alpha);
    const open = await dismissFlag(alpha.WRITER, pm.id, {
      location: "field:summary",
      ruleId: "human-error",
      phrase: "Human Error",
      reason: "Quoting the vendor's statement, which we then examine.",
    });
    expect(open).toBe(1);
    const report = await getFlagReport(alpha.REVIEWER, pm.id);
    const dismissed = report.items.find((i) => i.location === "field:summary")!;
    expect(dismissed.dismissal).toMatchObject({
      reason: "Quoting the vendor's statement, which we then examine.",
    });
    expect(report.open).toBe(1);
    expect(await db.auditEvent.count({ where: { postmortemId: pm.id, action: "flag.dismissed" } })).toBe(1);

    expect(await restoreFlag(alpha.WRITER, pm.id, dismissed.dismissal!.id)).toBe(2);
    expect((await db.postmortem.findUniqueOrThrow({ where: { id: pm.id } })).openFlagCount).toBe(2);
  });

  it("denies viewers and other teams", async () => {
    const alpha = await makeTeamWithRoles();
    const beta = await makeTeamWithRoles();
    const pm = await postmortemWithText(alpha);
    const input = {
      location: "field:summary",
      ruleId: "human-error",
      phrase: "human error",
      reason: "Because I say so",
    };
    await expect(dismissFlag(alpha.VIEWER, pm.id, input)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(dismissFlag(beta.ADMIN, pm.id, input)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getFlagReport(beta.ADMIN, pm.id)).rejects.toBeInstanceOf(NotFoundError);
    const other = await postmortemWithText(beta);
    const dismissal = await db.blamelessFlagDismissal.create({
      data: {
        postmortemId: other.id,
        location: "field:summary",
        ruleId: "human-error",
        phrase: "human error",
        reason: "x",
        dismissedById: beta.WRITER.userId,
      },
    });
    // A dismissal of another postmortem is not found through this one.
    await expect(restoreFlag(alpha.WRITER, pm.id, dismissal.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("filters the list by open flags", async () => {
    const alpha = await makeTeamWithRoles();
    await postmortemWithText(alpha);
    await createPostmortem(
      alpha.WRITER,
      alpha.team.id,
      createPostmortemSchema.parse({
        title: "Clean one",
        severity: "SEV4",
        timeZone: "UTC",
        startedAt: "",
        template: "blank",
      }),
    );
    const flagged = await listTeamPostmortems(alpha.WRITER, alpha.team.id, { flagged: true });
    expect(flagged.items.map((p) => p.title)).toEqual(["Queue backlog"]);
    expect((await listTeamPostmortems(alpha.WRITER, alpha.team.id, {})).total.count).toBe(2);
  });
});
