import "server-only";
import path from "node:path";
import { getDatabase } from "@/lib/db";
import { applyMigrations } from "@/lib/db/migrate";
import { env } from "@/lib/env";

export async function migrateOnStart(): Promise<void> {
  try {
    const applied = await applyMigrations(
      getDatabase().sql,
      path.join(/*turbopackIgnore: true*/ process.cwd(), "prisma", "migrations"),
    );
    if (applied.length > 0) console.log(`[kintsugi] applied migrations: ${applied.join(", ")}`);
    console.log(
      `[kintsugi] database: ${env.databaseMode}${env.databaseMode === "embedded" ? ` (${env.dataDir})` : ""}`,
    );
    if (env.databaseMode === "embedded") scheduleAnalyze();
  } catch (error) {
    // Keep serving: pages show a clear "database unreachable" error and
    // /api/health answers 503 until the database is back.
    console.error("[kintsugi] could not apply migrations at start:", error);
  }
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
