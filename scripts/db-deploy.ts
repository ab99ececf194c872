// npm run db:deploy
//
// Applies pending migrations (prisma/migrations) to the configured database:
// PostgreSQL when DATABASE_URL is set, else the embedded database in
// KINTSUGI_DATA_DIR. The app also migrates at start; this is for deploy
// pipelines that migrate first. Same steps as openMigratedDatabase, which
// does not say what it applied.
import { closeDatabaseOnSignals, openDatabase, type DatabaseTarget } from "../lib/db/connect";
import { applyMigrations, readMigrations } from "../lib/db/migrate";
import { loadEnv } from "../lib/env-schema";

async function main() {
  const env = loadEnv(process.env);
  const target: DatabaseTarget =
    env.databaseMode === "postgres"
      ? { mode: "postgres", url: env.DATABASE_URL! }
      : { mode: "embedded", dataDir: env.dataDir };
  const where =
    target.mode === "postgres" ? "PostgreSQL (DATABASE_URL)" : `the embedded database in ${env.dataDir}`;
  console.log(`Migrating ${where}...`);

  const started = Date.now();
  const database = closeDatabaseOnSignals(openDatabase(target));
  try {
    const applied = await applyMigrations(database.sql);
    if (applied.length === 0) {
      console.log(`Up to date: all ${readMigrations().length} migrations were applied before.`);
    } else {
      for (const name of applied) console.log(`  applied ${name}`);
      console.log(`Applied ${applied.length} migration(s) in ${Date.now() - started} ms.`);
    }
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
