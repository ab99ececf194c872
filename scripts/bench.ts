// `npm run bench`: measures the data layer's hot paths and prints figures.
// Targets live here, not in timed unit tests. Runs on an in-memory PGlite by
// default, or on PostgreSQL with BENCH_DATABASE_URL (a database it may fill).
//
// Run through `npm run bench` (it adds the react-server condition so the
// data layer's "server-only" guard resolves outside Next).
//
//   BENCH_ONLY=timeline npm run bench   only the timeline tab (no 2,000-postmortem seed)
import { performance } from "node:perf_hooks";
import { openMigratedDatabase } from "../lib/db/connect";

const POSTMORTEMS = 2_000;
const ACTION_ITEMS_EACH = 5;
const RUNS = 30;

async function time(label: string, target: string, fn: () => Promise<unknown>) {
  await fn(); // warm up
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const p50 = samples[Math.floor(RUNS / 2)]!;
  const p90 = samples[Math.floor(RUNS * 0.9)]!;
  console.log(
    `${label.padEnd(44)} p50 ${p50.toFixed(1).padStart(7)} ms   p90 ${p90.toFixed(1).padStart(7)} ms   target ${target}`,
  );
}

async function main() {
  const url = process.env.BENCH_DATABASE_URL;
  const database = await openMigratedDatabase(
    url ? { mode: "postgres", url } : { mode: "embedded", dataDir: null },
  );
  (globalThis as { __kintsugiDatabase?: unknown }).__kintsugiDatabase = database;
  const { db } = await import("../lib/db");
  const { loadActor } = await import("../server/auth/actor");
  const { listTeamPostmortems, getPostmortem } = await import("../server/postmortems/queries");
  const { listActionItems } = await import("../server/action-items/queries");
  const { getTeamInsights } = await import("../server/insights/queries");

  console.log(
    `Kintsugi benchmark on ${database.mode}: ${POSTMORTEMS} postmortems, ${POSTMORTEMS * ACTION_ITEMS_EACH} action items`,
  );
  const t0 = performance.now();
  const team = await db.team.create({ data: { name: "Bench", slug: `bench-${Date.now()}` } });
  const user = await db.user.create({ data: { email: `bench-${Date.now()}@example.test`, name: "Bench" } });
  await db.membership.create({ data: { teamId: team.id, userId: user.id, role: "WRITER" } });
  if (process.env.BENCH_ONLY === "timeline") {
    const session = await db.userSession.create({ data: { userId: user.id }, select: { id: true } });
    const claims = { userId: user.id, sessionId: session.id, sessionVersion: 1, authTime: Date.now() };
    const actor = (await loadActor(claims, 3_600_000))!;
    console.log("\nTimeline tab, one postmortem with 2,000 events");
    const { benchTimeline } = await import("./bench/timeline-render");
    await benchTimeline({ db, teamId: team.id, userId: user.id, actor, time });
    await database.close();
    return;
  }
  const start = Date.UTC(2025, 0, 1);
  for (let batch = 0; batch < POSTMORTEMS; batch += 500) {
    await db.postmortem.createMany({
      data: Array.from({ length: 500 }, (_, i) => ({
        teamId: team.id,
        number: batch + i + 1,
        title: `Incident ${batch + i + 1}`,
        severity: "SEV3" as const,
        ownerId: user.id,
        createdById: user.id,
        startedAt: new Date(start + (batch + i) * 3_600_000),
        detectedAt: new Date(start + (batch + i) * 3_600_000 + 600_000),
        resolvedAt: new Date(start + (batch + i) * 3_600_000 + 5_400_000),
      })),
    });
  }
  const ids = await db.postmortem.findMany({ where: { teamId: team.id }, select: { id: true } });
  for (let i = 0; i < ids.length; i += 400) {
    await db.actionItem.createMany({
      data: ids.slice(i, i + 400).flatMap(({ id }) =>
        Array.from({ length: ACTION_ITEMS_EACH }, (_, k) => ({
          postmortemId: id,
          title: `Fix ${k}`,
          type: "PREVENT" as const,
          priority: "HIGH" as const,
          dueDate: new Date(start + k * 86_400_000),
        })),
      ),
    });
  }
  // PostgreSQL's autovacuum would analyze the new rows; PGlite has no
  // autovacuum, so the server analyzes at start and periodically (server/startup.ts).
  await database.sql.exec("ANALYZE");
  console.log(`seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);

  const session = await db.userSession.create({ data: { userId: user.id }, select: { id: true } });
  const claims = { userId: user.id, sessionId: session.id, sessionVersion: 1 };
  const actor = (await loadActor({ ...claims, authTime: Date.now() }, 3_600_000))!;
  await time("resolve session to actor", "< 5 ms", () =>
    loadActor({ ...claims, authTime: Date.now() }, 3_600_000),
  );
  await time("postmortem list, page 1", "< 20 ms", () => listTeamPostmortems(actor, team.id, { page: 1 }));
  await time("postmortem list, page 100 (last)", "< 30 ms", () =>
    listTeamPostmortems(actor, team.id, { page: 100 }),
  );
  await time("postmortem list, filtered by status", "< 20 ms", () =>
    listTeamPostmortems(actor, team.id, { page: 1, status: "DRAFT" }),
  );
  await time("one postmortem page", "< 20 ms", () => getPostmortem(actor, ids[0]!.id));
  await time("action items, open, page 1", "< 40 ms", () =>
    listActionItems(actor, { filter: "open", page: 1 }),
  );
  await time("insights (all incidents of the team)", "< 150 ms", () => getTeamInsights(actor, team.id));

  console.log("\nTimeline tab, one postmortem with 2,000 events");
  const { benchTimeline } = await import("./bench/timeline-render");
  await benchTimeline({ db, teamId: team.id, userId: user.id, actor, time });

  console.log("\nImport, 10,000 rows into one draft postmortem (target: a few seconds)");
  const { benchImport } = await import("./bench/import");
  const draft = await db.postmortem.create({
    data: {
      teamId: team.id,
      number: POSTMORTEMS + 100,
      title: "Import bench",
      severity: "SEV2",
      ownerId: user.id,
      createdById: user.id,
      incidentTimeZone: "Europe/Berlin",
    },
    select: { id: true },
  });
  await benchImport({ db, actor, postmortemId: draft.id });
  await database.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
