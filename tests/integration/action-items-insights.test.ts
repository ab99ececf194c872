import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { listActionItems } from "@/server/action-items/queries";
import { checkHealth } from "@/server/health";
import type { Severity, PostmortemStatus } from "@/lib/generated/prisma/client";
import { deriveDurations } from "@/lib/milestones";
import { summarize } from "@/lib/stats";
import { getTeamInsights } from "@/server/insights/queries";
import { listTeamPostmortems } from "@/server/postmortems/queries";
import { makeTeamWithRoles } from "./factories";

async function postmortemWithItems(teamId: string, ownerId: string, minutesToDetect: number) {
  const started = new Date(Date.UTC(2026, 10, 1, 12, 0));
  const pm = await db.postmortem.create({
    data: {
      teamId,
      number: Math.floor(Math.random() * 1e6),
      title: "Incident",
      severity: "SEV2",
      ownerId,
      createdById: ownerId,
      startedAt: started,
      detectedAt: new Date(started.getTime() + minutesToDetect * 60_000),
    },
  });
  await db.actionItem.createMany({
    data: [
      {
        postmortemId: pm.id,
        title: "Overdue fix",
        type: "PREVENT",
        priority: "HIGH",
        dueDate: new Date("2026-01-01"),
      },
      {
        postmortemId: pm.id,
        title: "Future fix",
        type: "DETECT",
        priority: "MEDIUM",
        dueDate: new Date("2099-01-01"),
      },
      {
        postmortemId: pm.id,
        title: "Done fix",
        type: "MITIGATE",
        priority: "LOW",
        status: "DONE",
        completedAt: new Date(),
      },
    ],
  });
  return pm;
}

describe("action items across incidents", () => {
  it("lists only the actor's teams' items, filtered", async () => {
    const alpha = await makeTeamWithRoles();
    const beta = await makeTeamWithRoles();
    await postmortemWithItems(alpha.team.id, alpha.WRITER.userId, 5);
    await postmortemWithItems(beta.team.id, beta.WRITER.userId, 5);
    const open = await listActionItems(alpha.VIEWER, { filter: "open" }, new Date("2026-06-01"));
    expect(open.items.map((i) => i.title).sort()).toEqual(["Future fix", "Overdue fix"]);
    const overdue = await listActionItems(alpha.VIEWER, { filter: "overdue" }, new Date("2026-06-01"));
    expect(overdue.items.map((i) => i.title)).toEqual(["Overdue fix"]);
    const all = await listActionItems(alpha.VIEWER, { filter: "all" });
    expect(all.total).toEqual({ count: 3, capped: false });
    expect(all.items.every((i) => i.postmortem.team.name === alpha.team.name)).toBe(true);
  });
});

describe("insights", () => {
  it("summarises time to detect with median, p90 and mean for the team only", async () => {
    const alpha = await makeTeamWithRoles();
    const beta = await makeTeamWithRoles();
    for (const minutes of [2, 4, 6, 60])
      await postmortemWithItems(alpha.team.id, alpha.WRITER.userId, minutes);
    await postmortemWithItems(beta.team.id, beta.WRITER.userId, 1000);
    const insights = await getTeamInsights(alpha.VIEWER, alpha.team.id);
    const ttd = insights.metrics.find((m) => m.key === "ttd")!;
    expect(ttd.summary).toEqual({ count: 4, median: 5 * 60_000, p90: 60 * 60_000, mean: 18 * 60_000 });
    expect(insights.openActions).toBe(8);
    await expect(getTeamInsights(beta.VIEWER, alpha.team.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("insights: what is counted", () => {
  it("counts the postmortems the list shows, leaves out the not-required ones and says how many", async () => {
    const alpha = await makeTeamWithRoles();
    const pms = [];
    for (const minutes of [2, 4, 6, 8, 10])
      pms.push(await postmortemWithItems(alpha.team.id, alpha.WRITER.userId, minutes));
    // One of the five turned out not to need a postmortem; it has a factor.
    await db.postmortem.update({
      where: { id: pms[4]!.id },
      data: { status: "NOT_REQUIRED", severity: "SEV4" },
    });
    const factor = await db.contributingFactor.findFirstOrThrow({ select: { id: true } });
    await db.postmortemFactor.create({ data: { postmortemId: pms[4]!.id, factorId: factor.id } });

    const list = await listTeamPostmortems(alpha.VIEWER, alpha.team.id, {});
    const insights = await getTeamInsights(alpha.VIEWER, alpha.team.id);
    expect(list.total.count).toBe(5);
    expect(insights).toMatchObject({ total: 5, postmortemCount: 4, notRequired: 1, bySeverity: { SEV2: 4 } });
    expect(insights.metrics.find((m) => m.key === "ttd")!.summary.count).toBe(4);
    // Factors follow the counted postmortems; open action items cover all five.
    expect(insights.topFactors).toEqual([]);
    expect(insights.openActions).toBe(10);
  });
});

// The database computes the figures; lib/stats.ts `summarize` over
// lib/milestones.ts `deriveDurations` is what they must equal (it is how the
// page computed them in JavaScript before).
type Row = {
  severity?: Severity;
  status?: PostmortemStatus;
  startedAt?: Date | null;
  detectedAt?: Date | null;
  acknowledgedAt?: Date | null;
  mitigatedAt?: Date | null;
  resolvedAt?: Date | null;
};
let nextNumber = 1;
async function addPostmortems(teamId: string, ownerId: string, rows: Row[]) {
  await db.postmortem.createMany({
    data: rows.map((r) => ({
      teamId,
      number: nextNumber++,
      title: "Incident",
      severity: "SEV2" as const,
      ownerId,
      createdById: ownerId,
      ...r,
    })),
  });
}

async function computedInJavaScript(teamId: string) {
  const counted = await db.postmortem.findMany({ where: { teamId, status: { not: "NOT_REQUIRED" } } });
  const durations = counted.map(deriveDurations);
  const bySeverity: Record<string, number> = {};
  for (const p of counted) bySeverity[p.severity] = (bySeverity[p.severity] ?? 0) + 1;
  return {
    postmortemCount: counted.length,
    bySeverity,
    metrics: deriveDurations({}).map((d, i) => ({
      key: d.key,
      label: d.label,
      definition: d.definition,
      summary: summarize(durations.map((row) => row[i]!.ms).filter((ms): ms is number => ms != null)),
    })),
  };
}

const at = (ms: number) => new Date(Date.UTC(2026, 0, 1) + ms);
/** Spread, unsorted durations of whole milliseconds (some negative). */
const spread = (n: number, salt: number) =>
  Array.from({ length: n }, (_, k) => (((k + 1) * 7919 * salt) % 1009) * 100_003 - 20_000_000 + k);

describe("insights: computed by the database", () => {
  it("equals summarize(deriveDurations) with even and odd counts, missing milestones and several severities", async () => {
    const alpha = await makeTeamWithRoles();
    const beta = await makeTeamWithRoles();
    const owner = alpha.WRITER.userId;
    const severities: Severity[] = ["SEV1", "SEV2", "SEV3", "SEV2", "SEV4"];
    const rows: Row[] = spread(11, 3).map((ms, k) => ({
      severity: severities[k % severities.length],
      status: (["DRAFT", "IN_REVIEW", "PUBLISHED", "APPROVED"] as const)[k % 4],
      startedAt: at(k * 86_400_000),
      // 11 detected (odd), 10 acknowledged (even), 3 (+1 below) mitigated, 2 resolved.
      detectedAt: at(k * 86_400_000 + ms),
      acknowledgedAt: k === 4 ? null : at(k * 86_400_000 + Math.abs(ms) + 1_001),
      mitigatedAt: k % 4 === 0 ? at(k * 86_400_000 + 3_600_000 * k + 7) : null,
      resolvedAt: k === 2 || k === 9 ? at(k * 86_400_000 + 90_061_003 * k) : null,
    }));
    // Milestones without a start, and a start without milestones: no durations.
    rows.push({ severity: "SEV3", startedAt: null, detectedAt: at(5), resolvedAt: at(9) });
    rows.push({ severity: "SEV1", startedAt: at(0) });
    // A long one: 400 days and 7 ms, still exact to the millisecond.
    rows.push({ severity: "SEV4", startedAt: at(3), mitigatedAt: at(3 + 400 * 86_400_000 + 7) });
    await addPostmortems(alpha.team.id, owner, rows);
    // Not required: counted in the total only, whatever their milestones.
    await addPostmortems(alpha.team.id, owner, [
      { status: "NOT_REQUIRED", severity: "SEV5", startedAt: at(0), detectedAt: at(999_999_999) },
      { status: "NOT_REQUIRED", severity: "SEV1", startedAt: at(0), resolvedAt: at(1) },
    ]);
    // Another team's postmortems are not counted.
    await addPostmortems(beta.team.id, beta.WRITER.userId, [
      { severity: "SEV1", startedAt: at(0), detectedAt: at(1), acknowledgedAt: at(2), resolvedAt: at(3) },
    ]);

    const insights = await getTeamInsights(alpha.VIEWER, alpha.team.id);
    const expected = await computedInJavaScript(alpha.team.id);
    expect(insights.metrics).toEqual(expected.metrics);
    expect(insights).toMatchObject({ total: 16, notRequired: 2, postmortemCount: 14 });
    expect(insights.postmortemCount).toBe(expected.postmortemCount);
    expect(insights.bySeverity).toEqual(expected.bySeverity);
    expect(insights.bySeverity).toEqual({ SEV1: 4, SEV2: 4, SEV3: 3, SEV4: 3 });
    expect(insights.metrics.map((m) => m.summary.count)).toEqual([11, 10, 4, 2]);
    // The durations include negative ones (detected before started), as deriveDurations keeps them.
    expect(expected.metrics[0]!.summary.median).not.toBeNull();
    expect(
      Math.min(...rows.map((r) => (r.detectedAt && r.startedAt ? +r.detectedAt - +r.startedAt : 0))),
    ).toBeLessThan(0);

    await expect(getTeamInsights(beta.VIEWER, alpha.team.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("takes p90 by nearest rank and the median as the middle or the two middles' mean (1, 2, 10, 11 values)", async () => {
    for (const n of [1, 2, 10, 11]) {
      const team = await makeTeamWithRoles();
      const values = spread(n, n);
      await addPostmortems(
        team.team.id,
        team.WRITER.userId,
        values.map((ms, k) => ({ startedAt: at(k * 1_000), detectedAt: at(k * 1_000 + ms) })),
      );
      const ttd = (await getTeamInsights(team.VIEWER, team.team.id)).metrics[0]!;
      expect(ttd.key).toBe("ttd");
      expect(ttd.summary, `${n} values`).toEqual(summarize(values));
      const sorted = [...values].sort((a, b) => a - b);
      expect(ttd.summary.p90, `${n} values`).toBe(sorted[Math.ceil(0.9 * n) - 1]);
    }
  });

  it("has nothing to summarise for a team without postmortems", async () => {
    const team = await makeTeamWithRoles();
    const insights = await getTeamInsights(team.VIEWER, team.team.id);
    expect(insights).toMatchObject({
      total: 0,
      postmortemCount: 0,
      notRequired: 0,
      bySeverity: {},
      openActions: 0,
    });
    expect(insights.metrics).toEqual((await computedInJavaScript(team.team.id)).metrics);
    expect(insights.metrics.every((m) => m.summary.count === 0 && m.summary.mean === null)).toBe(true);
  });
});

describe("health", () => {
  it("reports ok and the database mode", async () => {
    const health = await checkHealth();
    expect(health.status).toBe("ok");
    expect(health.database).toBe(process.env.KINTSUGI_TEST_DB === "postgres" ? "postgres" : "embedded");
  });

  it("shares a team's figures for up to maxAgeMs, and recomputes once a postmortem of the team changes", async () => {
    const alpha = await makeTeamWithRoles();
    const beta = await makeTeamWithRoles();
    const pm = await postmortemWithItems(alpha.team.id, alpha.WRITER.userId, 5);
    const t0 = Date.now();
    const first = await getTeamInsights(alpha.VIEWER, alpha.team.id, { maxAgeMs: 60_000, now: t0 });
    expect(first.total).toBe(1);
    // Within the minute, nothing changed: the same computation.
    const again = await getTeamInsights(alpha.WRITER, alpha.team.id, { maxAgeMs: 60_000, now: t0 + 30_000 });
    expect(again).toBe(first);
    // An outsider is refused even while the team's figures are kept.
    await expect(
      getTeamInsights(beta.VIEWER, alpha.team.id, { maxAgeMs: 60_000, now: t0 + 30_000 }),
    ).rejects.toBeInstanceOf(NotFoundError);
    // A postmortem of the team changes: recomputed at once.
    await db.postmortem.update({ where: { id: pm.id }, data: { status: "NOT_REQUIRED" } });
    const changed = await getTeamInsights(alpha.VIEWER, alpha.team.id, {
      maxAgeMs: 60_000,
      now: t0 + 31_000,
    });
    expect(changed).not.toBe(first);
    expect(changed).toMatchObject({ total: 1, notRequired: 1 });
    // Older than maxAgeMs: recomputed, and an action item's change shows.
    await db.actionItem.updateMany({ where: { postmortemId: pm.id }, data: { status: "DONE" } });
    const kept = await getTeamInsights(alpha.VIEWER, alpha.team.id, { maxAgeMs: 60_000, now: t0 + 32_000 });
    expect(kept).toBe(changed);
    const later = await getTeamInsights(alpha.VIEWER, alpha.team.id, { maxAgeMs: 60_000, now: t0 + 92_000 });
    expect(later).not.toBe(changed);
    expect(later.openActions).toBe(0);
    expect(changed.openActions).toBeGreaterThan(0);
    // Without maxAgeMs, always computed afresh.
    expect(await getTeamInsights(alpha.VIEWER, alpha.team.id)).not.toBe(later);
  });
});
