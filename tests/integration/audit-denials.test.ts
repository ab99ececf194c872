// Issue 8: denied access was not audited (0 rows for 12 denied attempts).
// Refusals are now audit rows without the refused data, rate-limited.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError, RuleError } from "@/lib/errors";
import { saveHeaderSchema } from "@/lib/schemas/editing";
import { createPostmortemSchema } from "@/lib/schemas/postmortems";
import { DENIALS_PER_ACTOR_PER_WINDOW, recordDenial } from "@/server/audit-denials";
import { hasAuthored } from "@/server/postmortems/workflow/authorship";
import { saveHeader, saveSection } from "@/server/postmortems/editing/mutations";
import { createPostmortem } from "@/server/postmortems/mutations";
import { getPostmortem } from "@/server/postmortems/queries";
import { changeStatus, listRevisions } from "@/server/postmortems/workflow/mutations";
import { changeMemberRole } from "@/server/teams/mutations";
import { listUsers } from "@/server/users/queries";
import { getTimeline } from "@/server/timeline/queries";
import { makeTeamWithRoles } from "./factories";

const SECRET = "Secret root cause nobody outside may read";

async function setup() {
  const alpha = await makeTeamWithRoles();
  const beta = await makeTeamWithRoles();
  const pm = await createPostmortem(
    alpha.WRITER,
    alpha.team.id,
    createPostmortemSchema.parse({
      title: SECRET,
      severity: "SEV1",
      timeZone: "UTC",
      startedAt: "",
      template: "blank",
    }),
  );
  await saveHeader(
    alpha.WRITER,
    pm.id,
    saveHeaderSchema.parse({ base: { summary: "" }, changes: { summary: SECRET } }),
  );
  return { alpha, beta, pm };
}

/** The error a call throws (it must throw). */
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error("expected a refusal");
    },
    (e: unknown) => e,
  );

const denials = (actorUserId: string) =>
  db.auditEvent.findMany({
    where: { actorUserId, action: { startsWith: "denied." } },
    orderBy: { createdAt: "asc" },
  });

describe("audited refusals", () => {
  it("records a writer refused an edit: who, what, which action, when; no content", async () => {
    const { alpha, pm } = await setup();
    const section = await db.section.create({
      data: { postmortemId: pm.id, key: "k", title: "K", position: 1, body: SECRET },
    });
    const error = await refusal(saveSection(alpha.VIEWER, pm.id, section.id, { baseVersion: 1, body: "x" }));
    expect(error).toBeInstanceOf(ForbiddenError);
    expect(await recordDenial(alpha.VIEWER, error)).toBe(true);
    const [row, ...rest] = await denials(alpha.VIEWER.userId);
    expect(rest).toEqual([]);
    expect(row).toMatchObject({
      actorUserId: alpha.VIEWER.userId,
      entityType: "Postmortem",
      entityId: pm.id,
      action: "denied.edit",
      teamId: alpha.team.id,
      postmortemId: pm.id,
      before: null,
      after: { outcome: "forbidden" },
    });
    expect(row!.createdAt).toBeInstanceOf(Date);
    expect(JSON.stringify(row)).not.toContain("Secret");
    // A refusal never counts as having written the postmortem.
    expect(await hasAuthored(db, pm.id, alpha.VIEWER.userId)).toBe(false);
  });

  it("files another team's attempt under the owning team, as not found", async () => {
    const { beta, pm, alpha } = await setup();
    const error = await refusal(getPostmortem(beta.ADMIN, pm.id));
    expect(error).toBeInstanceOf(NotFoundError);
    await recordDenial(beta.ADMIN, error);
    expect(await denials(beta.ADMIN.userId)).toEqual([
      expect.objectContaining({
        entityType: "Postmortem",
        entityId: pm.id,
        action: "denied.view",
        teamId: alpha.team.id,
        after: { outcome: "not_found" },
      }),
    ]);
  });

  it("records each of 12 different refused attempts", async () => {
    const { alpha, beta, pm } = await setup();
    const draft = createPostmortemSchema.parse({
      title: "Nope",
      severity: "SEV1",
      timeZone: "UTC",
      startedAt: "",
      template: "blank",
    });
    const edit = saveHeaderSchema.parse({ base: { title: SECRET }, changes: { title: "x" } });
    const submit = { expectedStatus: "DRAFT", to: "IN_REVIEW" } as const;
    const attempts: [typeof beta.WRITER, () => Promise<unknown>][] = [
      [beta.WRITER, () => getPostmortem(beta.WRITER, pm.id)],
      [beta.WRITER, () => saveHeader(beta.WRITER, pm.id, edit)],
      [beta.WRITER, () => changeStatus(beta.WRITER, pm.id, submit)],
      [beta.WRITER, () => createPostmortem(beta.WRITER, alpha.team.id, draft)],
      [beta.WRITER, () => changeMemberRole(beta.WRITER, alpha.team.id, "m", "ADMIN")],
      [beta.WRITER, () => listUsers(beta.WRITER)],
      [beta.WRITER, () => getPostmortem(beta.WRITER, "does-not-exist")],
      [alpha.VIEWER, () => saveHeader(alpha.VIEWER, pm.id, edit)],
      [alpha.VIEWER, () => changeStatus(alpha.VIEWER, pm.id, submit)],
      [alpha.VIEWER, () => createPostmortem(alpha.VIEWER, alpha.team.id, draft)],
      [beta.MANAGER, () => getTimeline(beta.MANAGER, pm.id)],
      [beta.REVIEWER, () => listRevisions(beta.REVIEWER, pm.id)],
    ];
    for (const [actor, attempt] of attempts)
      expect(await recordDenial(actor, await refusal(attempt()))).toBe(true);
    const rows = await db.auditEvent.findMany({ where: { action: { startsWith: "denied." } } });
    expect(rows).toHaveLength(12);
    expect(
      rows.map((r) => `${r.entityType} ${r.action} ${(r.after as { outcome: string }).outcome}`).sort(),
    ).toEqual(
      [
        "Postmortem denied.view not_found",
        "Postmortem denied.edit not_found",
        "Postmortem denied.change_status not_found",
        "Team denied.create_postmortem not_found",
        "Team denied.manage_team not_found",
        "Site denied.administer not_found",
        "Postmortem denied.view not_found",
        "Postmortem denied.edit forbidden",
        "Postmortem denied.change_status forbidden",
        "Team denied.create_postmortem forbidden",
        "Postmortem denied.view not_found",
        "Postmortem denied.view not_found",
      ].sort(),
    );
    // An id that matches nothing is kept as asked, filed under no team.
    expect(rows.find((r) => r.entityId === "does-not-exist")).toMatchObject({
      teamId: null,
      postmortemId: null,
    });
    expect(JSON.stringify(rows)).not.toContain("Secret");
  });

  it("writes at most one row per actor, thing and action a minute", async () => {
    const { beta, pm } = await setup();
    const error = await refusal(getPostmortem(beta.WRITER, pm.id));
    const t0 = new Date("2026-11-20T10:00:00Z");
    const results = [];
    for (let i = 0; i < 5; i++)
      results.push(await recordDenial(beta.WRITER, error, new Date(t0.getTime() + i * 1000)));
    expect(results).toEqual([true, false, false, false, false]);
    // Another action on the same thing is its own row; a minute later the same one is again.
    const submit = changeStatus(beta.WRITER, pm.id, { expectedStatus: "DRAFT", to: "IN_REVIEW" });
    expect(await recordDenial(beta.WRITER, await refusal(submit), t0)).toBe(true);
    expect(await recordDenial(beta.WRITER, error, new Date(t0.getTime() + 61_000))).toBe(true);
    expect(await denials(beta.WRITER.userId)).toHaveLength(3);
  });

  it("caps one actor at 30 rows a minute whatever they ask for", async () => {
    const { beta } = await setup();
    const t0 = new Date("2026-11-20T10:00:00Z");
    let written = 0;
    for (let i = 0; i < 45; i++) {
      const error = await refusal(getPostmortem(beta.WRITER, `guess-${i}`));
      if (await recordDenial(beta.WRITER, error, new Date(t0.getTime() + i * 100))) written++;
    }
    expect(written).toBe(DENIALS_PER_ACTOR_PER_WINDOW);
    expect(await denials(beta.WRITER.userId)).toHaveLength(30);
  });

  it("ignores what is not a refusal", async () => {
    const { alpha } = await setup();
    expect(await recordDenial(alpha.WRITER, new RuleError("Enter a title.", "title"))).toBe(false);
    expect(await recordDenial(alpha.WRITER, new Error("boom"))).toBe(false);
    expect(await denials(alpha.WRITER.userId)).toEqual([]);
  });
});
