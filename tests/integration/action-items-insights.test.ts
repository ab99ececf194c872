import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { listActionItems } from "@/server/action-items/queries";
import { checkHealth } from "@/server/health";
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

describe("health", () => {
  it("reports ok and the database mode", async () => {
    const health = await checkHealth();
    expect(health.status).toBe("ok");
    expect(health.database).toBe(process.env.KINTSUGI_TEST_DB === "postgres" ? "postgres" : "embedded");
  });
});
