// `npm run bench:insights`: the insights page's query at scale on PostgreSQL.
//
// Fills one database with three teams of 1k, 10k and 100k postmortems (with
// action items and factors, some marked "not required", some milestones
// missing) by INSERT … SELECT generate_series, then times getTeamInsights for
// each team: one request at a time and 10 at once. With INSIGHTS_EXPLAIN=1 the
// timed queries' plans (auto_explain, with ANALYZE) are written to the
// server's log and the script prints where it is.
//
// Uses BENCH_DATABASE_URL (a database it may fill) or starts a throwaway
// PostgreSQL server (scripts/lib/pg-cluster.ts) and removes it at the end.
// Sizes can be given as arguments: `npm run bench:insights -- 1000 10000`.
import fs from "node:fs";
import { performance } from "node:perf_hooks";
import { openMigratedDatabase } from "../../lib/db/connect";
import { findPostgresBin, startCluster, type Cluster } from "../lib/pg-cluster";

const SIZES = process.argv.slice(2).map(Number).filter(Boolean);
const sizes = SIZES.length ? SIZES : [1_000, 10_000, 100_000];
const CONCURRENCY = 10;

function percentileOf(samples: number[], p: number) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1]!;
}

async function main() {
  let cluster: Cluster | null = null;
  let url = process.env.BENCH_DATABASE_URL;
  if (!url) {
    const bin = findPostgresBin();
    if (!bin)
      throw new Error("No PostgreSQL server binaries (/usr/lib/postgresql/*/bin); set BENCH_DATABASE_URL");
    cluster = await startCluster(bin);
    url = cluster.url;
  }
  try {
    await run(url, cluster);
  } finally {
    cluster?.stop();
  }
}

async function run(url: string, cluster: Cluster | null) {
  const explain = process.env.INSIGHTS_EXPLAIN === "1";
  const database = await openMigratedDatabase({ mode: "postgres", url });
  (globalThis as { __kintsugiDatabase?: unknown }).__kintsugiDatabase = database;
  const { db } = await import("../../lib/db");
  const { loadActor } = await import("../../server/auth/actor");
  const { getTeamInsights } = await import("../../server/insights/queries");

  const stamp = Date.now();
  const user = await db.user.create({ data: { email: `bench-${stamp}@example.test`, name: "Bench" } });
  const teams: { id: string; size: number }[] = [];
  const t0 = performance.now();
  for (const size of sizes) {
    const team = await db.team.create({ data: { name: `Bench ${size}`, slug: `bench-${size}-${stamp}` } });
    await db.membership.create({ data: { teamId: team.id, userId: user.id, role: "WRITER" } });
    const prefix = `${team.id}-`;
    // Every 20th not required; milestones missing at different rates so the
    // four metrics count different rows; durations spread over minutes to hours.
    await db.$executeRaw`
      INSERT INTO "Postmortem" ("id", "teamId", "number", "title", "summary", "severity", "status",
        "ownerId", "createdById", "startedAt", "detectedAt", "acknowledgedAt", "mitigatedAt",
        "resolvedAt", "updatedAt")
      SELECT ${prefix} || g, ${team.id}, g, 'Incident ' || g, repeat('What happened. ', 20),
        (ARRAY['SEV1','SEV2','SEV3','SEV4'])[1 + g % 4]::"Severity",
        CASE WHEN g % 20 = 0 THEN 'NOT_REQUIRED'
             ELSE (ARRAY['DRAFT','IN_REVIEW','PUBLISHED'])[1 + g % 3] END::"PostmortemStatus",
        ${user.id}, ${user.id}, s,
        CASE WHEN g % 7 <> 0 THEN s + make_interval(secs => (g * 37) % 3600) END,
        CASE WHEN g % 5 <> 0 THEN s + make_interval(secs => 60 + (g * 53) % 7200) END,
        CASE WHEN g % 3 <> 0 THEN s + make_interval(secs => 600 + (g * 71) % 36000) END,
        CASE WHEN g % 11 <> 0 THEN s + make_interval(secs => 3600 + (g * 97) % 172800) END,
        now()
      FROM generate_series(1, ${size}::int) AS g,
           LATERAL (SELECT CASE WHEN g % 50 <> 1
                                THEN timestamptz '2025-01-01' + g * interval '1 hour' END AS s) AS m`;
    await db.$executeRaw`
      INSERT INTO "ActionItem" ("id", "postmortemId", "title", "type", "priority", "status", "dueDate", "updatedAt")
      SELECT p."id" || '-a' || k, p."id", 'Fix ' || k, 'PREVENT', 'HIGH',
        (ARRAY['OPEN','IN_PROGRESS','DONE','WONT_DO'])[1 + (p."number" + k) % 4]::"ActionStatus",
        date '2025-01-01' + (p."number" % 400), now()
      FROM "Postmortem" p, generate_series(1, 3) AS k
      WHERE p."teamId" = ${team.id}`;
    await db.$executeRaw`
      INSERT INTO "PostmortemFactor" ("id", "postmortemId", "factorId", "updatedAt")
      SELECT p."id" || '-f' || f.rn, p."id", f."id", now()
      FROM "Postmortem" p
      JOIN (SELECT "id", row_number() OVER (ORDER BY "key") AS rn FROM "ContributingFactor") f
        ON f.rn IN (1 + p."number" % 7, 8 + p."number" % 5)
      WHERE p."teamId" = ${team.id}`;
    teams.push({ id: team.id, size });
  }
  await database.sql.exec("VACUUM ANALYZE");
  console.log(
    `seeded ${sizes.join(" + ")} postmortems in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`,
  );

  const session = await db.userSession.create({ data: { userId: user.id }, select: { id: true } });
  const claims = { userId: user.id, sessionId: session.id, sessionVersion: 1 };
  const actor = (await loadActor({ ...claims, authTime: Date.now() }, 3_600_000))!;

  for (const team of teams) {
    let failed = 0;
    const once = async () => {
      const t = performance.now();
      try {
        await getTeamInsights(actor, team.id);
      } catch (error) {
        // Under load the pool's 5 s wait for a connection can run out; count it.
        if (failed++ === 0) console.error(`  ${team.size}: ${String(error).split("\n")[0]}`);
      }
      return performance.now() - t;
    };
    await once(); // warm up
    const runs = team.size >= 100_000 ? 10 : 30;
    const sequential: number[] = [];
    for (let i = 0; i < runs; i++) sequential.push(await once());
    const concurrent: number[] = [];
    const perWorker = team.size >= 100_000 ? 2 : 5;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let i = 0; i < perWorker; i++) concurrent.push(await once());
      }),
    );
    const f = (ms: number) => ms.toFixed(1).padStart(8);
    console.log(
      `${String(team.size).padStart(7)} postmortems: one at a time p50 ${f(percentileOf(sequential, 50))} ms p95 ${f(percentileOf(sequential, 95))} ms` +
        ` | ${CONCURRENCY} at once p50 ${f(percentileOf(concurrent, 50))} ms p95 ${f(percentileOf(concurrent, 95))} ms` +
        (failed ? ` (${failed} failed)` : ""),
    );
  }

  if (explain) {
    await database.close();
    // A second pool whose sessions log every statement's plan with ANALYZE.
    const explained = await openMigratedDatabase({
      mode: "postgres",
      url: `${url}${url.includes("?") ? "&" : "?"}options=${encodeURIComponent(
        "-c session_preload_libraries=auto_explain -c auto_explain.log_min_duration=0 -c auto_explain.log_analyze=on -c auto_explain.log_buffers=on",
      )}`,
    });
    (globalThis as { __kintsugiDatabase?: unknown }).__kintsugiDatabase = explained;
    for (const team of teams) {
      await explained.sql.exec(`SELECT 'insights for ${team.size} postmortems'`);
      await getTeamInsights(actor, team.id);
    }
    await explained.close();
    if (cluster) {
      const log = fs.readFileSync(`${cluster.dir}/server.log`, "utf8");
      const out = `/tmp/insights-explain-${stamp}.log`;
      fs.writeFileSync(out, log.slice(log.indexOf("insights for")));
      console.log(`\nplans: ${out}`);
    } else console.log("\nplans: in the server's log");
  } else await database.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
