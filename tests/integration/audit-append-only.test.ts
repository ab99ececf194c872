// The audit log is append-only in the database itself (the trigger of
// migration 20261203071811_sessions_idempotency_settings_audit_guard): UPDATE
// and DELETE are refused, except the SET NULL PostgreSQL makes when a
// referenced user, team or postmortem is deleted. Runs on PGlite and PostgreSQL.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createPostmortemSchema } from "@/lib/schemas/postmortems";
import { createPostmortem } from "@/server/postmortems/mutations";
import { testDatabase } from "./db";
import { actorFor, addMember, makeTeam, makeUser } from "./factories";

async function setup() {
  const team = await makeTeam();
  const user = await makeUser({ name: "Leaving soon" });
  await addMember(team.id, user.id, "WRITER");
  const actor = await actorFor(user.id);
  const pm = await createPostmortem(
    actor,
    team.id,
    createPostmortemSchema.parse({
      title: "Audited",
      severity: "SEV3",
      timeZone: "UTC",
      startedAt: "",
      template: "blank",
    }),
  );
  // Someone else owns it from now on, so deleting the user is not blocked by the postmortem.
  const owner = await makeUser({ name: "Owner" });
  await db.postmortem.update({ where: { id: pm.id }, data: { ownerId: owner.id, createdById: owner.id } });
  await db.revision.updateMany({ where: { postmortemId: pm.id }, data: { authorId: owner.id } });
  const row = await db.auditEvent.create({
    data: {
      actorUserId: user.id,
      teamId: team.id,
      postmortemId: pm.id,
      entityType: "Postmortem",
      entityId: pm.id,
      action: "postmortem.header_updated",
      before: { title: "Old" },
      after: { title: "New" },
    },
  });
  return { team, user, pm, row };
}

const sql = (text: string) => testDatabase().sql.exec(text);
const quote = (id: string) => `'${id.replace(/'/g, "''")}'`;

describe("AuditEvent is append-only", () => {
  it("refuses UPDATE, through Prisma and plain SQL, and keeps the row as it was", async () => {
    const { row } = await setup();
    const other = await makeUser();
    await expect(db.auditEvent.update({ where: { id: row.id }, data: { action: "x" } })).rejects.toThrow();
    await expect(
      db.auditEvent.updateMany({ where: { id: row.id }, data: { after: { title: "Forged" } } }),
    ).rejects.toThrow();
    await expect(sql(`UPDATE "AuditEvent" SET "action" = 'x' WHERE "id" = ${quote(row.id)}`)).rejects.toThrow(
      /append-only/,
    );
    // Pointing it at someone else is an update too (only SET NULL is allowed).
    await expect(
      sql(`UPDATE "AuditEvent" SET "actorUserId" = ${quote(other.id)} WHERE "id" = ${quote(row.id)}`),
    ).rejects.toThrow(/append-only/);
    expect(await db.auditEvent.findUniqueOrThrow({ where: { id: row.id } })).toEqual(row);
  });

  it("refuses DELETE, through Prisma and plain SQL", async () => {
    const { row } = await setup();
    await expect(db.auditEvent.delete({ where: { id: row.id } })).rejects.toThrow();
    await expect(db.auditEvent.deleteMany({})).rejects.toThrow();
    await expect(sql(`DELETE FROM "AuditEvent" WHERE "id" = ${quote(row.id)}`)).rejects.toThrow(
      /append-only/,
    );
    expect(await db.auditEvent.count({ where: { id: row.id } })).toBe(1);
  });

  it("still lets a referenced user be deleted: the row stays, without the reference", async () => {
    const { user, row } = await setup();
    await db.user.delete({ where: { id: user.id } });
    expect(await db.auditEvent.findUniqueOrThrow({ where: { id: row.id } })).toEqual({
      ...row,
      actorUserId: null,
    });
  });

  it("still lets a referenced team (and its postmortems) be deleted", async () => {
    const { team, row } = await setup();
    const before = await db.auditEvent.count({ where: { teamId: team.id } });
    expect(before).toBeGreaterThan(1);
    await db.team.delete({ where: { id: team.id } });
    expect(await db.auditEvent.findUniqueOrThrow({ where: { id: row.id } })).toEqual({
      ...row,
      teamId: null,
      postmortemId: null,
    });
    expect(await db.auditEvent.count({ where: { entityId: row.entityId } })).toBe(before);
  });
});
