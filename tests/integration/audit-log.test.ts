// The audit log page's data: site admins read every row, team managers and
// admins their teams' rows, everyone else nothing; filters; keyset pages.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { auditQuerySchema, type AuditQuery } from "@/lib/schemas/audit";
import { AUDIT_PAGE_SIZE, getAuditFilterOptions, listAuditEvents } from "@/server/audit-log/queries";
import { testDatabase } from "./db";
import { actorFor, makeTeamWithRoles, makeUser } from "./factories";

async function setup() {
  const alpha = await makeTeamWithRoles("Alpha");
  const beta = await makeTeamWithRoles("Beta");
  const admin = await actorFor((await makeUser({ name: "Site admin", isAdmin: true })).id);
  return { alpha, beta, admin };
}

/** Writes `count` rows for a team, one second apart from `start` (ties on purpose every third row). */
async function rows(teamId: string | null, actorUserId: string, count: number, action = "section.updated") {
  const start = Date.parse("2026-11-20T10:00:00Z");
  await db.auditEvent.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      teamId,
      actorUserId,
      entityType: action.startsWith("denied.") ? "Postmortem" : "Section",
      entityId: `e${i}`,
      action,
      after: { n: i },
      createdAt: new Date(start + Math.floor(i / 3) * 1000),
    })),
  });
}

const query = (q: Record<string, string> = {}): AuditQuery => auditQuerySchema.parse(q);

describe("audit log access", () => {
  it("shows site admins every team's rows, managers only their team's, and nobody else anything", async () => {
    const { alpha, beta, admin } = await setup();
    await rows(alpha.team.id, alpha.WRITER.userId, 3);
    await rows(beta.team.id, beta.WRITER.userId, 2);
    await rows(null, admin.userId, 1, "user.created");
    expect((await listAuditEvents(admin, query())).rows).toHaveLength(6);
    const manager = await listAuditEvents(alpha.MANAGER, query());
    expect(manager.rows.map((r) => r.team?.name)).toEqual(["Alpha", "Alpha", "Alpha"]);
    expect((await listAuditEvents(alpha.ADMIN, query())).rows).toHaveLength(3);
    for (const who of [alpha.WRITER, alpha.REVIEWER, alpha.VIEWER])
      await expect(listAuditEvents(who, query())).rejects.toBeInstanceOf(NotFoundError);
    // Another team's filter is refused for a manager, not silently widened.
    await expect(listAuditEvents(alpha.MANAGER, query({ team: beta.team.id }))).rejects.toBeInstanceOf(
      NotFoundError,
    );
    const options = await getAuditFilterOptions(alpha.MANAGER);
    expect(options.teams.map((t) => t.name)).toEqual(["Alpha"]);
    expect(options.people.map((p) => p.name)).not.toContain(beta.WRITER.name);
  });

  it("filters by team, actor, action group, kind of thing and dates", async () => {
    const { alpha, beta, admin } = await setup();
    await rows(alpha.team.id, alpha.WRITER.userId, 4);
    await rows(alpha.team.id, beta.WRITER.userId, 2, "denied.view");
    await rows(beta.team.id, beta.WRITER.userId, 3);
    const count = async (q: Record<string, string>) => (await listAuditEvents(admin, query(q))).rows.length;
    expect(await count({ team: alpha.team.id })).toBe(6);
    expect(await count({ actor: beta.WRITER.userId })).toBe(5);
    expect(await count({ action: "denied" })).toBe(2);
    expect(await count({ entity: "Section" })).toBe(7);
    expect(await count({ team: alpha.team.id, action: "section" })).toBe(4);
    expect(await count({ from: "2026-11-20", to: "2026-11-20" })).toBe(9);
    expect(await count({ from: "2026-11-21" })).toBe(0);
    expect(await count({ to: "2026-11-19" })).toBe(0);
    // Malformed filters are dropped rather than failing the page.
    expect(query({ action: "nope", from: "yesterday", older: "x" })).toEqual({});
  });
});

describe("audit log pages", () => {
  it("walks every row once, newest first, by keyset both ways (ties included)", async () => {
    const { alpha, admin } = await setup();
    const total = AUDIT_PAGE_SIZE * 2 + 7;
    await rows(alpha.team.id, alpha.WRITER.userId, total);
    const all = await db.auditEvent.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });

    const first = await listAuditEvents(admin, query());
    expect(first.newerCursor).toBeNull();
    const second = await listAuditEvents(admin, query({ older: first.olderCursor! }));
    const third = await listAuditEvents(admin, query({ older: second.olderCursor! }));
    expect(third.olderCursor).toBeNull();
    const seen = [...first.rows, ...second.rows, ...third.rows].map((r) => r.id);
    expect(seen).toEqual(all.map((r) => r.id));
    expect(third.rows).toHaveLength(7);

    // Back from the third page: the second page again, then the first.
    const back = await listAuditEvents(admin, query({ newer: third.newerCursor! }));
    expect(back.rows.map((r) => r.id)).toEqual(second.rows.map((r) => r.id));
    const start = await listAuditEvents(admin, query({ newer: back.newerCursor! }));
    expect(start.rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
    expect(start.newerCursor).toBeNull();
  });

  it("reads the unfiltered log in index order, without sorting the table", async () => {
    const { alpha, admin } = await setup();
    await rows(alpha.team.id, alpha.WRITER.userId, 20);
    await listAuditEvents(admin, query());
    const sql = testDatabase().sql;
    const plan = await sql.transaction(async (tx) => {
      await tx.exec("SET LOCAL enable_seqscan = off");
      return tx.query(`EXPLAIN SELECT "id" FROM "AuditEvent" ORDER BY "createdAt" DESC, "id" DESC LIMIT 51`);
    });
    const text = plan.map((r) => Object.values(r).join(" ")).join("\n");
    expect(text).toMatch(/Index (Only )?Scan using "?AuditEvent_createdAt_id_idx/);
    expect(text).not.toMatch(/Sort/);
  });
});
