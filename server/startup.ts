import "server-only";
import path from "node:path";
import { getDatabase } from "@/lib/db";
import { DataDirLockedError } from "@/lib/db/data-dir-lock";
import {
  startMigrations,
  type MigrationStarter,
  type Readiness,
  type StartOptions,
} from "@/lib/db/migrate-on-start";
import { env } from "@/lib/env";

const holder = globalThis as unknown as { __kintsugiStartup?: MigrationStarter };

/**
 * Runs once when a server starts (instrumentation.ts): applies migrations,
 * retrying in the background until the database answers (see
 * lib/db/migrate-on-start.ts).
 * Returns after the first attempt, so a normal start serves with an
 * up-to-date schema and a start while the database is down still serves
 * /api/health ("starting", 503) meanwhile. The database is closed on
 * SIGINT/SIGTERM (lib/db.ts). A data folder locked by another
 * process ends this process with the holder's name: two processes on one
 * embedded folder would corrupt it.
 */
export async function migrateOnStart(options: StartOptions = {}): Promise<MigrationStarter> {
  if (holder.__kintsugiStartup) return holder.__kintsugiStartup;
  const starter = startMigrations(() => getDatabase().sql, {
    migrationsDir: path.join(/*turbopackIgnore: true*/ process.cwd(), "prisma", "migrations"),
    ...options,
  });
  holder.__kintsugiStartup = starter;
  starter.ready.then(
    () => {
      const mode = getDatabase().mode;
      console.log(`[kintsugi] database: ${mode}${mode === "embedded" ? ` (${env.dataDir})` : ""}`);
      if (mode === "embedded") scheduleAnalyze();
    },
    (error: unknown) => {
      // Already logged with the holder's name: refuse to run on a folder another process has open.
      if (error instanceof DataDirLockedError) process.exit(1);
    },
  );
  await starter.firstAttempt;
  return starter;
}

/** Where startup is: idle (never ran in this process), starting, ready or failed. */
export function getReadiness(): Readiness {
  return holder.__kintsugiStartup?.state() ?? { state: "idle" };
}

/** For tests: forgets the startup state (after stopping its retries). */
export function resetStartupForTests() {
  holder.__kintsugiStartup?.stop();
  delete holder.__kintsugiStartup;
}

const ANALYZE_EVERY_MS = 6 * 3600 * 1000;

/**
 * PGlite runs without PostgreSQL's autovacuum, so planner statistics would
 * never be gathered and list queries would pick poor plans as data grows.
 * Analyze at start and every few hours (a team-sized database takes well
 * under a second).
 */
function scheduleAnalyze() {
  const run = () =>
    getDatabase()
      .sql.exec("ANALYZE")
      .catch((error: unknown) => console.error("[kintsugi] ANALYZE failed:", error));
  void run();
  setInterval(run, ANALYZE_EVERY_MS).unref();
}
