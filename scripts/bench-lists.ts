// Times the postmortem list and the action-item list on a throwaway PostgreSQL
// server filled with N postmortems (5 action items each) in one team, plus a
// second team with N/10, and prints EXPLAIN ANALYZE of the id queries.
//
//   node --conditions=react-server --import tsx scripts/bench-lists.ts 1000 100000
//
// With --keep N it fills one server with N, prints its URL and keeps it running
// (for psql and EXPLAIN) until interrupted; BENCH_DATABASE_URL=<that URL> then
// times the lists on it without filling again. BENCH_CONCURRENCY (default 10).
//
// Needs PostgreSQL's server binaries (/usr/lib/postgresql/*/bin). Each size
// gets a fresh server, which is removed at the end.
import { performance } from "node:perf_hooks";
import { openMigratedDatabase, type Database } from "../lib/db/connect";
import { findPostgresBin, startCluster } from "./lib/pg-cluster";

const RUNS = 40;
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 10);

async function fill(database: Database, n: number) {
  const run = (sql: string) => database.sql.exec(sql);
  await run(`
    INSERT INTO "User" (id, email, name, "updatedAt") VALUES
      ('u_bench', 'bench@example.test', 'Bench', now()), ('u_other', 'other@example.test', 'Other', now());
    INSERT INTO "Team" (id, slug, name, "updatedAt") VALUES
      ('t_bench', 'bench', 'Bench', now()), ('t_other', 'other', 'Other', now());
    INSERT INTO "Membership" (id, "teamId", "userId", role, "updatedAt") VALUES
      ('m_bench', 't_bench', 'u_bench', 'WRITER', now()), ('m_other', 't_other', 'u_other', 'WRITER', now());`);
  for (const [team, count] of [
    ["t_bench", n],
    ["t_other", Math.ceil(n / 10)],
  ] as const) {
    // Ids interleave the teams, as cuids made over time do. updatedAt ties in
    // threes; 5 % flagged; statuses and severities spread.
    await run(`
      INSERT INTO "Postmortem" (id, "teamId", number, title, severity, status, "ownerId", "createdById",
                                "openFlagCount", "updatedAt", "createdAt")
      SELECT 'pm' || lpad(i::text, 7, '0') || '_${team}', '${team}', i, 'Incident ' || i,
             (ARRAY['SEV1','SEV2','SEV3','SEV4'])[1 + i % 4]::"Severity",
             (ARRAY['DRAFT','IN_REVIEW','CHANGES_REQUESTED','APPROVED','PUBLISHED','NOT_REQUIRED'])[1 + (i / 7) % 6]::"PostmortemStatus",
             'u_bench', 'u_bench', CASE WHEN i % 20 = 0 THEN 2 ELSE 0 END,
             timestamptz '2025-01-01' + (i / 3) * interval '1 minute', timestamptz '2025-01-01'
      FROM generate_series(1, ${count}) AS i;
      INSERT INTO "ActionItem" (id, "postmortemId", title, type, priority, status, "dueDate", "updatedAt")
      SELECT 'ai' || lpad(i::text, 7, '0') || '_' || k || '_${team}', 'pm' || lpad(i::text, 7, '0') || '_${team}',
             'Fix ' || i || '.' || k, 'PREVENT', 'HIGH',
             (ARRAY['OPEN','OPEN','IN_PROGRESS','DONE','DONE','DONE','WONT_DO','OPEN','DONE','DONE'])[1 + (i + k) % 10]::"ActionStatus",
             CASE WHEN (i + k) % 5 = 0 THEN NULL ELSE date '2025-01-01' + ((i * 7 + k) % 900) END,
             now()
      FROM generate_series(1, ${count}) AS i, generate_series(1, 5) AS k;`);
  }
  await run("ANALYZE");
}

async function timeIt(label: string, fn: () => Promise<unknown>) {
  await Promise.all(Array.from({ length: CONCURRENCY }, fn)); // warm up
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i += CONCURRENCY) {
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        const t0 = performance.now();
        await fn();
        samples.push(performance.now() - t0);
      }),
    );
  }
  samples.sort((a, b) => a - b);
  const p = (q: number) => samples[Math.min(samples.length - 1, Math.floor(samples.length * q))]!.toFixed(1);
  console.log(`  ${label.padEnd(40)} p50 ${p(0.5).padStart(7)} ms   p95 ${p(0.95).padStart(7)} ms`);
}

async function main() {
  const keep = process.argv[2] === "--keep";
  const sizes = process.argv.slice(keep ? 3 : 2).map(Number);
  const pgBin = findPostgresBin();
  if (!pgBin) throw new Error("No PostgreSQL server binaries found");
  const reuse = process.env.BENCH_DATABASE_URL;
  if (reuse) {
    const database = await openMigratedDatabase({ mode: "postgres", url: reuse });
    (globalThis as { __kintsugiDatabase?: unknown }).__kintsugiDatabase = database;
    const { measure } = await import("./bench-lists-cases");
    await measure(database, timeIt);
    await database.close();
    return;
  }
  if (keep) {
    const cluster = await startCluster(pgBin);
    const database = await openMigratedDatabase({
      mode: "postgres",
      url: `${cluster.url}?statement_timeout=0`,
    });
    await fill(database, sizes[0] ?? 1000);
    await database.close();
    console.log(`filled: ${cluster.url} (Ctrl-C stops and removes it)`);
    const stop = () => {
      cluster.stop();
      process.exit(0);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
    setInterval(() => {}, 60_000);
    return;
  }
  for (const n of sizes.length ? sizes : [1000]) {
    const cluster = await startCluster(pgBin);
    const database = await openMigratedDatabase({
      mode: "postgres",
      url: `${cluster.url}?statement_timeout=0`,
    });
    try {
      (globalThis as { __kintsugiDatabase?: unknown }).__kintsugiDatabase = database;
      const t0 = performance.now();
      await fill(database, n);
      console.log(
        `\n${n} postmortems, ${n * 5} action items (filled in ${((performance.now() - t0) / 1000).toFixed(1)} s)`,
      );
      const { measure } = await import("./bench-lists-cases");
      await measure(database, timeIt);
    } finally {
      await database.close();
      cluster.stop();
      delete (globalThis as { __kintsugiDatabase?: unknown }).__kintsugiDatabase;
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
