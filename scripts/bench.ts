// `npm run bench`: the pages a user waits for, measured over HTTP against
// `npm start` at several database sizes, then the 10,000-row import. Prints
// figures and checks them against the targets (docs/ARCHITECTURE.md,
// "Performance"); targets live here, not in timed unit tests.
//
//   npm run bench                      PostgreSQL at 1k, 10k and 100k postmortems, PGlite at 10k
//   npm run bench -- --scales=1000,10000 --pglite=0 --no-import
//   npm run bench -- --quick           PostgreSQL at 1k, PGlite at 1k (what CI runs)
//   npm run bench -- --scales=10000 --pglite=0 --profile=document
//                                      one page only, with a CPU profile of the server
//                                      summarised per package and function
//
// PostgreSQL: the server in BENCH_DATABASE_URL (or TEST_DATABASE_URL), a URL
// with a database to connect to; the benchmark creates and drops its own
// kintsugi_bench database there. Without either it starts a throwaway server
// (PostgreSQL's binaries in /usr/lib/postgresql) and skips PostgreSQL when
// there is none. Builds the app first when the build is older than the sources.
//
// Run through `npm run bench` (it adds the react-server condition so the data
// layer's "server-only" guard resolves outside Next, for the import part).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { openMigratedDatabase, type Database } from "../lib/db/connect";
import { encodeCursor } from "../lib/keyset";
import { findPostgresBin, startCluster, type Cluster } from "./lib/pg-cluster";
import { createFreshDatabase, dropDatabase, isLocalDatabaseUrl } from "./lib/scratch-postgres";
import { measurePage, CONCURRENCY, REQUESTS_PER_PAGE, type PageFigures, type PageSpec } from "./bench/pages";
import { summariseProfile } from "./bench/profile";
import { printScale, printSummary, type ScaleRun } from "./bench/report";
import { seedLongTimeline, seedPostmortems, seedWorld, settle, type BenchWorld } from "./bench/seed";
import { ensureBuild, startBenchServer } from "./bench/server";

const TIMELINE_EVENTS = 2_000;

function options() {
  const args = process.argv.slice(2);
  const value = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
  const numbers = (text: string) =>
    text
      .split(",")
      .map(Number)
      .filter((n) => Number.isInteger(n) && n > 0);
  const quick = args.includes("--quick");
  return {
    scales: numbers(value("scales") ?? (quick ? "1000" : "1000,10000,100000")).sort((a, b) => a - b),
    pglite: Number(value("pglite") ?? (quick ? 1000 : 10_000)),
    runImport: !args.includes("--no-import"),
    profile: value("profile"),
  };
}

function pagesFor(timelineId: string): PageSpec[] {
  const last = encodeURIComponent(encodeCursor({ dir: "last" }));
  return [
    { key: "health", label: "/api/health", path: "/api/health", expect: '"status"' },
    { key: "list", label: "list, page 1", path: "/postmortems", expect: "INC-" },
    { key: "list-last", label: "list, last page", path: `/postmortems?cursor=${last}`, expect: "INC-" },
    { key: "document", label: "document, draft (editor)", path: "/postmortems/bp6", expect: "Incident 6:" },
    { key: "published", label: "document, published", path: "/postmortems/bp3", expect: "Incident 3:" },
    {
      key: "timeline",
      label: `its timeline, ${TIMELINE_EVENTS.toLocaleString("en")} events`,
      path: `/postmortems/${timelineId}/timeline`,
      expect: "Timeline bench",
    },
    {
      key: "actions",
      label: "action items, open",
      path: "/action-items?filter=open",
      expect: "Scope the agent",
    },
    { key: "insights", label: "insights", path: "/insights", expect: "Time to detect" },
  ];
}

async function seedTo(database: Database, world: BenchWorld, from: number, to: number) {
  const t0 = performance.now();
  for (let start = from; start <= to; start += 10_000)
    await seedPostmortems(database.sql, world, start, Math.min(to, start + 9_999));
  await settle(database.sql, database.mode);
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  console.log(`  seeded postmortems ${from.toLocaleString("en")}–${to.toLocaleString("en")} in ${seconds} s`);
}

async function measureAll(
  server: Awaited<ReturnType<typeof startBenchServer>>,
  pages: PageSpec[],
): Promise<PageFigures[]> {
  const figures: PageFigures[] = [];
  for (const page of pages) figures.push(await measurePage(server, page));
  return figures;
}

/** PostgreSQL: one database grown from the smallest scale to the largest, measured at each. */
async function benchPostgres(serverUrl: string, scales: number[], profile?: string): Promise<ScaleRun[]> {
  const name = "kintsugi_bench";
  const url = await createFreshDatabase(serverUrl, name);
  const database = await openMigratedDatabase({ mode: "postgres", url });
  const runs: ScaleRun[] = [];
  let server: Awaited<ReturnType<typeof startBenchServer>> | null = null;
  const profileDir = profile ? fs.mkdtempSync(path.join(os.tmpdir(), "kintsugi-profile-")) : undefined;
  try {
    const world = await seedWorld(database.sql);
    const timelineId = await seedLongTimeline(database.sql, world, 1_000_000, TIMELINE_EVENTS);
    let seeded = 0;
    for (const scale of scales) {
      console.log(`\nPostgreSQL, ${scale.toLocaleString("en")} postmortems`);
      await seedTo(database, world, seeded + 1, scale);
      seeded = scale;
      server ??= await startBenchServer({ DATABASE_URL: url }, world);
      const pages = pagesFor(timelineId).filter((page) => !profile || page.key === profile);
      if (profileDir) await server.ask("profile-start");
      const run: ScaleRun = { database: "PostgreSQL", scale, pages: await measureAll(server, pages) };
      if (profileDir) await server.ask({ profileStop: path.join(profileDir, `${scale}.cpuprofile`) });
      printScale(run);
      runs.push(run);
    }
  } finally {
    await server?.stop();
    await database.close();
    await dropDatabase(serverUrl, name);
  }
  if (profileDir) summariseProfile(profileDir, REQUESTS_PER_PAGE);
  return runs;
}

async function benchPglite(scale: number): Promise<ScaleRun> {
  console.log(`\nPGlite, ${scale.toLocaleString("en")} postmortems`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kintsugi-bench-"));
  try {
    const database = await openMigratedDatabase({ mode: "embedded", dataDir });
    let world: BenchWorld;
    let timelineId: string;
    try {
      world = await seedWorld(database.sql);
      timelineId = await seedLongTimeline(database.sql, world, 1_000_000, TIMELINE_EVENTS);
      await seedTo(database, world, 1, scale);
    } finally {
      await database.close();
    }
    const server = await startBenchServer({ KINTSUGI_DATA_DIR: dataDir }, world);
    try {
      const pages = pagesFor(timelineId);
      const run: ScaleRun = { database: "PGlite", scale, pages: await measureAll(server, pages) };
      printScale(run);
      return run;
    } finally {
      await server.stop();
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function postgresServer(): Promise<{ url: string; cluster: Cluster | null } | null> {
  const given = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (given) {
    if (!isLocalDatabaseUrl(given))
      throw new Error(
        "The benchmark fills and drops a database: it only runs against a server on this machine.",
      );
    return { url: given, cluster: null };
  }
  const bin = findPostgresBin();
  if (!bin) return null;
  const cluster = await startCluster(bin);
  return { url: cluster.url, cluster };
}

async function benchImportOnPglite() {
  console.log("\nImport, 10,000 rows into one draft postmortem (target: a few seconds)");
  const database = await openMigratedDatabase({ mode: "embedded", dataDir: null });
  (globalThis as { __kintsugiDatabase?: unknown }).__kintsugiDatabase = database;
  try {
    const world = await seedWorld(database.sql);
    const { loadActor } = await import("../server/auth/actor");
    const { benchImport } = await import("./bench/import");
    const actor = (await loadActor(
      { userId: world.userId, sessionId: world.sessionId, sessionVersion: 1, authTime: Date.now() },
      3_600_000,
    ))!;
    const draft = await database.prisma.postmortem.create({
      data: {
        teamId: world.teamId,
        number: 1,
        title: "Import bench",
        severity: "SEV2",
        ownerId: world.userId,
        createdById: world.userId,
        incidentTimeZone: "Europe/Berlin",
      },
      select: { id: true },
    });
    await benchImport({ db: database.prisma, actor, postmortemId: draft.id });
  } finally {
    await database.close();
  }
}

async function main() {
  const { scales, pglite, runImport, profile } = options();
  console.log(
    `Kintsugi benchmark: pages at ${CONCURRENCY} concurrent signed-in requests against npm start; ` +
      `PostgreSQL at ${scales.map((s) => s.toLocaleString("en")).join(", ") || "—"} postmortems` +
      `${pglite ? `, PGlite at ${pglite.toLocaleString("en")}` : ""}`,
  );
  ensureBuild();
  const runs: ScaleRun[] = [];
  if (scales.length) {
    const pg = await postgresServer();
    if (!pg) console.log("\nNo PostgreSQL server (set BENCH_DATABASE_URL or install PostgreSQL): skipped.");
    else {
      try {
        runs.push(...(await benchPostgres(pg.url, scales, profile)));
      } finally {
        pg.cluster?.stop();
      }
    }
  }
  if (profile) return;
  if (pglite) runs.push(await benchPglite(pglite));
  printSummary(runs);
  if (runImport) await benchImportOnPglite();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
