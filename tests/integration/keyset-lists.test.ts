// Keyset pagination of the postmortem list and the action-item list
// (lib/keyset.ts): every row exactly once in order both ways, ties, NULL due
// dates, the last page, filters, tampered cursors, the count cap and teams.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { COUNT_CAP, encodeCursor, type PagerLinks } from "@/lib/keyset";
import type { Actor } from "@/server/auth/actor";
import { ACTION_PAGE_SIZE, listActionItems, type ActionItemFilter } from "@/server/action-items/queries";
import { listTeamPostmortems, PAGE_SIZE } from "@/server/postmortems/queries";
import { addMember, actorFor, makeTeamWithRoles } from "./factories";

type Page = { items: { id: string }[]; links: PagerLinks };
const LAST = encodeCursor({ dir: "last" });

/** Every id, following Next from the first page, and following Previous from the last page. */
async function walk(load: (cursor: string | undefined) => Promise<Page>) {
  const forward: string[] = [];
  let page = await load(undefined);
  expect(page.links.first).toBe(false);
  expect(page.links.previous).toBeNull();
  for (let guard = 0; ; guard++) {
    expect(guard).toBeLessThan(100);
    forward.push(...page.items.map((i) => i.id));
    if (!page.links.next) break;
    expect(page.links.last).toBe(true);
    page = await load(page.links.next);
  }
  expect(page.links.last).toBe(false);
  const backward: string[][] = [];
  page = await load(LAST);
  expect(page.links.next).toBeNull();
  for (let guard = 0; ; guard++) {
    expect(guard).toBeLessThan(100);
    backward.unshift(page.items.map((i) => i.id));
    if (!page.links.previous) break;
    expect(page.links.first).toBe(true);
    page = await load(page.links.previous);
  }
  return { forward, backward: backward.flat(), lastPage: backward[backward.length - 1]! };
}

async function fillPostmortems(teamId: string, ownerId: string, count: number) {
  await db.postmortem.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      teamId,
      number: i + 1,
      title: `Incident ${i + 1}`,
      severity: (["SEV1", "SEV2", "SEV3"] as const)[i % 3]!,
      status: i % 4 === 0 ? ("PUBLISHED" as const) : ("DRAFT" as const),
      openFlagCount: i % 5 === 0 ? 1 : 0,
      ownerId,
      createdById: ownerId,
      // Ties in threes: the id decides between them.
      updatedAt: new Date(Date.UTC(2026, 0, 1, 0, Math.floor(i / 3))),
    })),
  });
}

/** The team's ids in the list's order, as the database orders them. */
async function expectedPostmortems(teamId: string, where: object = {}) {
  const rows = await db.postmortem.findMany({
    where: { teamId, ...where },
    select: { id: true },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
  });
  return rows.map((r) => r.id);
}

describe("the postmortem list by keyset", () => {
  it("walks every postmortem once, in order, both ways, with ties and filters", async () => {
    const alpha = await makeTeamWithRoles();
    const beta = await makeTeamWithRoles();
    await fillPostmortems(alpha.team.id, alpha.WRITER.userId, 2 * PAGE_SIZE + 7);
    await fillPostmortems(beta.team.id, beta.WRITER.userId, PAGE_SIZE + 3);
    const cases: [Parameters<typeof listTeamPostmortems>[2], object][] = [
      [{}, {}],
      [{ status: "DRAFT" }, { status: "DRAFT" }],
      [{ severity: "SEV2" }, { severity: "SEV2" }],
      [
        { status: "DRAFT", flagged: true },
        { status: "DRAFT", openFlagCount: { gt: 0 } },
      ],
    ];
    for (const [filter, where] of cases) {
      const expected = await expectedPostmortems(alpha.team.id, where);
      const { forward, backward, lastPage } = await walk((cursor) =>
        listTeamPostmortems(alpha.VIEWER, alpha.team.id, { ...filter, cursor }),
      );
      expect(forward).toEqual(expected);
      expect(backward).toEqual(expected);
      expect(lastPage).toEqual(expected.slice(-Math.min(PAGE_SIZE, expected.length)));
    }
  });

  it("never shows another team's postmortems, whatever the cursor", async () => {
    const alpha = await makeTeamWithRoles();
    const beta = await makeTeamWithRoles();
    await fillPostmortems(alpha.team.id, alpha.WRITER.userId, PAGE_SIZE + 2);
    await fillPostmortems(beta.team.id, beta.WRITER.userId, PAGE_SIZE + 2);
    const betaIds = new Set(await expectedPostmortems(beta.team.id));
    const { forward } = await walk((cursor) => listTeamPostmortems(alpha.VIEWER, alpha.team.id, { cursor }));
    expect(forward.filter((id) => betaIds.has(id))).toEqual([]);
    // A cursor made from beta's row only says where to start in alpha's list.
    const betaRow = await db.postmortem.findFirstOrThrow({ where: { teamId: beta.team.id } });
    const cursor = encodeCursor({ dir: "before", key: [betaRow.updatedAt.toISOString(), betaRow.id] });
    const page = await listTeamPostmortems(alpha.VIEWER, alpha.team.id, { cursor });
    expect(page.items.every((p) => !betaIds.has(p.id))).toBe(true);
    await expect(listTeamPostmortems(beta.VIEWER, alpha.team.id, { cursor })).rejects.toThrow("not found");
  });

  it("reads a tampered or foreign cursor as the first page", async () => {
    const { team, VIEWER, WRITER } = await makeTeamWithRoles();
    await fillPostmortems(team.id, WRITER.userId, PAGE_SIZE + 2);
    const first = await listTeamPostmortems(VIEWER, team.id, {});
    const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");
    for (const cursor of [
      "garbage",
      "%%%",
      first.links.next!.slice(0, -3),
      b64({ d: "a", k: ["not a date", "x"] }),
      b64({ d: "a", k: ["2026-01-01", "x"] }), // an action item's key
      b64({ d: "x", k: ["2026-01-01T00:00:00.000Z", "x"] }),
      b64({ d: "a", k: ["2026-01-01T00:00:00.000Z", "x".repeat(100)] }),
      "A".repeat(5000),
    ]) {
      const page = await listTeamPostmortems(VIEWER, team.id, { cursor });
      expect(page.items.map((p) => p.id)).toEqual(first.items.map((p) => p.id));
      expect(page.links.first).toBe(false);
    }
    // Well-formed values are only parameters: a quote in the id is data.
    const quoted = b64({ d: "a", k: ["2026-01-01T00:05:00.000Z", "' OR 1=1 --"] });
    const page = await listTeamPostmortems(VIEWER, team.id, { cursor: quoted });
    expect(page.items.every((p) => p.updatedAt <= new Date("2026-01-01T00:05:00.000Z"))).toBe(true);
  });

  it("counts up to the cap", async () => {
    const { team, VIEWER, WRITER } = await makeTeamWithRoles();
    await fillPostmortems(team.id, WRITER.userId, COUNT_CAP);
    expect((await listTeamPostmortems(VIEWER, team.id, {})).total).toEqual({
      count: COUNT_CAP,
      capped: false,
    });
    await db.postmortem.create({
      data: {
        teamId: team.id,
        number: COUNT_CAP + 1,
        title: "One more",
        severity: "SEV3",
        ownerId: WRITER.userId,
        createdById: WRITER.userId,
      },
    });
    const list = await listTeamPostmortems(VIEWER, team.id, {});
    expect(list.total).toEqual({ count: COUNT_CAP, capped: true });
    expect((await listTeamPostmortems(VIEWER, team.id, { status: "PUBLISHED" })).total).toEqual({
      count: COUNT_CAP / 4,
      capped: false,
    });
  });
});

async function fillActionItems(teamId: string, ownerId: string, count: number) {
  const pm = await db.postmortem.create({
    data: { teamId, number: 1, title: "Incident", severity: "SEV2", ownerId, createdById: ownerId },
  });
  await db.actionItem.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      postmortemId: pm.id,
      title: `Fix ${i}`,
      type: "PREVENT" as const,
      priority: "HIGH" as const,
      status: (["OPEN", "IN_PROGRESS", "DONE", "WONT_DO", "OPEN"] as const)[i % 5]!,
      // Every fourth without a due date; the others tie in fives.
      dueDate: i % 4 === 0 ? null : new Date(Date.UTC(2026, 0, 1 + Math.floor(i / 5))),
    })),
  });
}

const filterWhere = (filter: ActionItemFilter, now: Date): object =>
  filter === "open"
    ? { status: { in: ["OPEN", "IN_PROGRESS"] } }
    : filter === "done"
      ? { status: { in: ["DONE", "WONT_DO"] } }
      : filter === "overdue"
        ? { status: { in: ["OPEN", "IN_PROGRESS"] }, dueDate: { lt: now } }
        : {};

async function expectedItems(actor: Actor, filter: ActionItemFilter, now: Date) {
  const rows = await db.actionItem.findMany({
    where: {
      postmortem: { teamId: { in: actor.memberships.map((m) => m.teamId) } },
      ...filterWhere(filter, now),
    },
    select: { id: true },
    orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { id: "asc" }],
  });
  return rows.map((r) => r.id);
}

describe("the action-item list by keyset", () => {
  it("walks every item once, in order, both ways, with ties and NULL due dates, per filter", async () => {
    const alpha = await makeTeamWithRoles();
    const beta = await makeTeamWithRoles();
    const gamma = await makeTeamWithRoles();
    await fillActionItems(alpha.team.id, alpha.WRITER.userId, 3 * ACTION_PAGE_SIZE + 11);
    await fillActionItems(beta.team.id, beta.WRITER.userId, ACTION_PAGE_SIZE + 4);
    await fillActionItems(gamma.team.id, gamma.WRITER.userId, ACTION_PAGE_SIZE);
    // Two teams' items, merged in one order; never gamma's.
    await addMember(beta.team.id, alpha.VIEWER.userId, "VIEWER");
    const actor = await actorFor(alpha.VIEWER.userId);
    const gammaIds = new Set(await expectedItems(gamma.VIEWER, "all", new Date()));
    const now = new Date("2026-01-09T12:00:00Z");
    for (const filter of ["all", "open", "overdue", "done"] as const) {
      const expected = await expectedItems(actor, filter, now);
      expect(expected.length).toBeGreaterThan(0);
      const { forward, backward, lastPage } = await walk((cursor) =>
        listActionItems(actor, { filter, cursor }, now),
      );
      expect(forward).toEqual(expected);
      expect(backward).toEqual(expected);
      expect(lastPage).toEqual(expected.slice(-Math.min(ACTION_PAGE_SIZE, expected.length)));
      expect(forward.filter((id) => gammaIds.has(id))).toEqual([]);
    }
  });

  it("pages across the boundary between dated and undated items both ways", async () => {
    const { team, VIEWER, WRITER } = await makeTeamWithRoles();
    await fillActionItems(team.id, WRITER.userId, ACTION_PAGE_SIZE * 2 + 1);
    const expected = await expectedItems(VIEWER, "all", new Date());
    const first = await listActionItems(VIEWER, { filter: "all" });
    const second = await listActionItems(VIEWER, { filter: "all", cursor: first.links.next! });
    // The second page holds the last dated items and the first undated ones.
    expect(second.items.some((i) => i.dueDate === null)).toBe(true);
    expect(second.items.some((i) => i.dueDate !== null)).toBe(true);
    const back = await listActionItems(VIEWER, { filter: "all", cursor: second.links.previous! });
    expect(back.items.map((i) => i.id)).toEqual(expected.slice(0, ACTION_PAGE_SIZE));
  });

  it("reads a tampered cursor as the first page, counts up to the cap and walks past it", async () => {
    const { team, VIEWER, WRITER } = await makeTeamWithRoles();
    await fillActionItems(team.id, WRITER.userId, COUNT_CAP + 1);
    const first = await listActionItems(VIEWER, { filter: "all" });
    expect(first.total).toEqual({ count: COUNT_CAP, capped: true });
    const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");
    for (const cursor of ["nope", b64({ d: "a", k: ["2026-13-45", "x"] }), b64({ d: "b", k: [1, 2] })]) {
      const page = await listActionItems(VIEWER, { filter: "all", cursor });
      expect(page.items.map((i) => i.id)).toEqual(first.items.map((i) => i.id));
    }
    // Past the cap the pages walk the (dueDate, id) index instead of sorting the teams' items.
    const { forward, backward } = await walk((cursor) => listActionItems(VIEWER, { filter: "all", cursor }));
    const expected = await expectedItems(VIEWER, "all", new Date());
    expect(forward).toEqual(expected);
    expect(backward).toEqual(expected);
    const done = await listActionItems(VIEWER, { filter: "done" });
    expect(done.total).toEqual({ count: 400, capped: false });
  });

  it("is empty for someone without a team", async () => {
    const { team, WRITER } = await makeTeamWithRoles();
    await fillActionItems(team.id, WRITER.userId, 3);
    const loner = { ...WRITER, memberships: [] };
    expect(await listActionItems(loner, { filter: "all" })).toMatchObject({ items: [], total: { count: 0 } });
  });
});
