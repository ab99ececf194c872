// npm run restore -- FILE [--force]
//
// Restores a backup made by `npm run backup` into the configured database:
// PostgreSQL (DATABASE_URL) with pg_restore in one transaction, else the
// embedded database in KINTSUGI_DATA_DIR (stop the app first; the folder is
// replaced only once the restored copy has opened, and the old one is kept).
// Refuses to replace a database that has data unless given --force.
import fs from "node:fs";
import { BackupError, restoreEmbedded, restorePostgres } from "../lib/db/backup";
import { DataDirLockedError } from "../lib/db/data-dir-lock";
import { PgToolError } from "../lib/db/pg-tools";
import { loadEnv } from "../lib/env-schema";

function usage(): never {
  console.error("Usage: npm run restore -- FILE [--force]");
  process.exit(2);
}

async function main() {
  const args = process.argv.slice(2);
  const force = args.includes("--force");
  const files = args.filter((a) => a !== "--force");
  if (files.length !== 1 || files[0]!.startsWith("-")) usage();
  const file = files[0]!;
  if (!fs.existsSync(file)) throw new BackupError(`${file} does not exist.`);
  const env = loadEnv(process.env);
  const started = Date.now();
  console.log(
    env.databaseMode === "postgres"
      ? `Restoring ${file} into PostgreSQL (DATABASE_URL)...`
      : `Restoring ${file} into the embedded database in ${env.dataDir}...`,
  );
  const result =
    env.databaseMode === "postgres"
      ? await restorePostgres(env.DATABASE_URL!, file, { force })
      : await restoreEmbedded(env.dataDir, file, { force });
  const rows = Object.entries(result.tables).filter(([table]) => !table.startsWith("_"));
  console.log(`  ${rows.length} tables, ${rows.reduce((sum, [, n]) => sum + n, 0)} rows restored`);
  if (result.keptPrevious) console.log(`  the replaced database is kept in ${result.keptPrevious}`);
  console.log(
    `Restored in ${Date.now() - started} ms. Start the app as usual; it applies newer migrations at start.`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof DataDirLockedError) {
    console.error(`Restore refused: ${error.message}\nStop the app before restoring the embedded database.`);
  } else {
    const known = [BackupError, PgToolError].some((E) => error instanceof E);
    console.error(known ? `Restore failed: ${(error as Error).message}` : error);
  }
  process.exit(1);
});
