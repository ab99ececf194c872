// npm run backup [-- FILE]
//
// Backs up the configured database: PostgreSQL (DATABASE_URL) with pg_dump's
// custom format, else the embedded database in KINTSUGI_DATA_DIR as a
// consistent tarball of its folder, made by the running server when one runs
// (see lib/db/backup.ts). Default FILE: backups/kintsugi-<mode>-<time>.<ext>.
// The file holds everything, password hashes included: it is written 0600.
import path from "node:path";
import { backupEmbedded, backupPostgres, BackupError } from "../lib/db/backup";
import { ControlRequestError } from "../lib/db/control";
import { DataDirLockedError } from "../lib/db/data-dir-lock";
import { PgToolError } from "../lib/db/pg-tools";
import { loadEnv } from "../lib/env-schema";

function usage(): never {
  console.error("Usage: npm run backup [-- FILE]");
  process.exit(2);
}

async function main() {
  const args = process.argv.slice(2);
  if (args.length > 1 || args.some((a) => a.startsWith("-"))) usage();
  const env = loadEnv(process.env);
  const mode = env.databaseMode;
  const stamp = new Date().toISOString().replace(/\..*$/, "").replace(/[-:]/g, "").replace("T", "-");
  const file =
    args[0] ?? path.join("backups", `kintsugi-${mode}-${stamp}.${mode === "postgres" ? "pgdump" : "tar.gz"}`);
  const started = Date.now();
  console.log(
    mode === "postgres"
      ? "Backing up PostgreSQL (DATABASE_URL)..."
      : `Backing up the embedded database in ${env.dataDir}...`,
  );
  const result =
    mode === "postgres"
      ? await backupPostgres(env.DATABASE_URL!, file)
      : await backupEmbedded(env.dataDir, file);
  if (result.viaRunningServer) {
    console.log(`  made by the running server (pid ${result.viaRunningServer.pid}) without stopping it`);
  }
  const rows = Object.entries(result.tables).filter(([table]) => !table.startsWith("_"));
  console.log(
    `  ${rows.length} tables, ${rows.reduce((sum, [, n]) => sum + n, 0)} rows; checked after writing`,
  );
  console.log(
    `Wrote ${result.file} (${(result.bytes / 1024).toFixed(0)} KiB) in ${Date.now() - started} ms.`,
  );
  console.log(`Restore with: npm run restore -- ${result.file}`);
}

main().catch((error: unknown) => {
  const known = [BackupError, ControlRequestError, DataDirLockedError, PgToolError].some(
    (E) => error instanceof E,
  );
  console.error(known ? `Backup failed: ${(error as Error).message}` : error);
  process.exit(1);
});
