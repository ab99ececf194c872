// Backup and restore of either database mode (`npm run backup`, `npm run restore`).
//
// Embedded (PGlite): a backup is a gzipped tarball of the data folder taken
// between transactions after a checkpoint (connect.ts dumpPglite), so it is
// consistent. While a server runs it holds the folder's lock and no other
// process may open the folder, so the backup command asks that process for
// the dump over its local control socket (control.ts); when nothing runs, the
// command opens the folder itself. Restoring unpacks the tarball into a new
// folder beside the live one, checks it opens, and only then swaps the two
// (the replaced folder is kept), all under the folder's lock, so a restore
// either completes or changes nothing.
//
// PostgreSQL: pg_dump's custom format, restored with pg_restore in a single
// transaction (all or nothing). The tools must be at least as new as the
// server (pg-tools.ts).
//
// Both refuse to restore over a database that has tables unless told to
// (`force`), and both check what they wrote.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { closeDatabaseOnSignals, openDatabase, pgliteDir } from "./connect";
import { requestBackup, TOKEN_FILE } from "./control";
import { currentLockOwner, lockDataDir } from "./data-dir-lock";
import type { SqlExecutor } from "./migrate";
import { connectionForTools, findPgTool } from "./pg-tools";
import { onShutdown } from "./shutdown";

export class BackupError extends Error {}

export type TableCounts = Record<string, number>;

export type BackupResult = {
  file: string;
  bytes: number;
  /** Rows per table in the backup, as checked after writing it. */
  tables: TableCounts;
  /** Embedded mode: whether the running server made the dump. */
  viaRunningServer?: { pid: number; command: string };
};

export type RestoreResult = {
  tables: TableCounts;
  /** Embedded mode: where the replaced data folder was kept. */
  keptPrevious?: string;
};

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Exact row counts of every table in the public schema. */
export async function tableCounts(sql: Pick<SqlExecutor, "query">): Promise<TableCounts> {
  const tables = await sql.query(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  const counts: TableCounts = {};
  for (const { tablename } of tables) {
    const [row] = await sql.query(`SELECT count(*)::int AS n FROM ${quoteIdent(String(tablename))}`);
    counts[String(tablename)] = Number(row?.n ?? 0);
  }
  return counts;
}

function writeAtomically(file: string, bytes: Buffer) {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const partial = `${file}.partial`;
  // A backup holds password hashes and everything else: owner-only.
  fs.writeFileSync(partial, bytes, { mode: 0o600 });
  fs.renameSync(partial, file);
}

function isGzip(bytes: Buffer) {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

function isPgDump(file: string) {
  const fd = fs.openSync(file, "r");
  try {
    const head = Buffer.alloc(5);
    fs.readSync(fd, head, 0, 5, 0);
    return head.toString("latin1") === "PGDMP";
  } finally {
    fs.closeSync(fd);
  }
}

function pgliteExecutor(pglite: PGlite): Pick<SqlExecutor, "query"> {
  return {
    query: async (text, params) => (await pglite.query(text, params)).rows as Record<string, unknown>[],
  };
}

/** Opens a dump in memory and counts its rows: it must be a Kintsugi database. */
async function checkEmbeddedDump(bytes: Buffer): Promise<TableCounts> {
  const pglite = new PGlite({ loadDataDir: new Blob([bytes as Uint8Array<ArrayBuffer>]) });
  try {
    await pglite.waitReady;
    const tables = await tableCounts(pgliteExecutor(pglite));
    if (!("_prisma_migrations" in tables)) throw new BackupError("the backup holds no Kintsugi database");
    return tables;
  } finally {
    await pglite.close();
  }
}

// ---------------------------------------------------------------- embedded

export async function backupEmbedded(dataDir: string, file: string): Promise<BackupResult> {
  let bytes: Buffer;
  let viaRunningServer: BackupResult["viaRunningServer"];
  const owner = currentLockOwner(dataDir);
  if (owner) {
    if (!owner.controlSocket) {
      throw new BackupError(
        `Process ${owner.pid} (${owner.command}) has the embedded database open and does not answer backup ` +
          `requests. Stop it and run the backup again.`,
      );
    }
    let token: string;
    try {
      token = fs.readFileSync(path.join(dataDir, TOKEN_FILE), "utf8").trim();
    } catch {
      throw new BackupError(
        `Cannot read ${path.join(dataDir, TOKEN_FILE)}: run the backup as the user that runs the app.`,
      );
    }
    bytes = await requestBackup(owner.controlSocket, token);
    viaRunningServer = { pid: owner.pid, command: owner.command };
  } else {
    if (!fs.existsSync(pgliteDir(dataDir)))
      throw new BackupError(`There is no embedded database in ${dataDir}.`);
    const database = closeDatabaseOnSignals(openDatabase({ mode: "embedded", dataDir }));
    try {
      bytes = Buffer.from(await (await database.dumpDataDir!()).arrayBuffer());
    } finally {
      await database.close();
    }
  }
  if (!isGzip(bytes)) throw new BackupError("the dump is not a gzipped tarball");
  const tables = await checkEmbeddedDump(bytes);
  writeAtomically(file, bytes);
  return { file, bytes: bytes.length, tables, viaRunningServer };
}

export async function restoreEmbedded(
  dataDir: string,
  file: string,
  options: { force?: boolean } = {},
): Promise<RestoreResult> {
  const bytes = fs.readFileSync(file);
  if (!isGzip(bytes)) {
    throw new BackupError(
      isPgDump(file)
        ? `${file} is a PostgreSQL backup (pg_dump): set DATABASE_URL to restore it into PostgreSQL.`
        : `${file} is not an embedded-database backup (a .tar.gz made by npm run backup).`,
    );
  }
  fs.mkdirSync(dataDir, { recursive: true });
  // Nobody may use the folder meanwhile: a running server must be stopped first.
  const lock = lockDataDir(dataDir);
  const target = pgliteDir(dataDir);
  const staging = `${target}.restoring`;
  let pglite: PGlite | null = null;
  // Interrupted (Ctrl+C): close the half-restored copy, drop it, release the lock.
  const unregister = onShutdown(async () => {
    if (pglite && !pglite.closed) await pglite.close().catch(() => {});
    fs.rmSync(staging, { recursive: true, force: true });
    lock.release();
  });
  try {
    const hasData = fs.existsSync(target) && fs.readdirSync(target).length > 0;
    if (hasData && !options.force) {
      throw new BackupError(
        `${dataDir} already holds a database. Run the restore with --force to replace it ` +
          `(the current one is kept beside it as pglite.before-restore-<time>).`,
      );
    }
    fs.rmSync(staging, { recursive: true, force: true });
    pglite = new PGlite(staging, { loadDataDir: new Blob([bytes as Uint8Array<ArrayBuffer>]) });
    let tables: TableCounts;
    try {
      await pglite.waitReady;
      tables = await tableCounts(pgliteExecutor(pglite));
      if (!("_prisma_migrations" in tables)) throw new BackupError("the backup holds no Kintsugi database");
    } finally {
      // A clean shutdown: the restored folder opens without recovery.
      await pglite.close();
    }
    let keptPrevious: string | undefined;
    if (hasData) {
      keptPrevious = `${target}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
      fs.renameSync(target, keptPrevious);
    } else {
      fs.rmSync(target, { recursive: true, force: true });
    }
    fs.renameSync(staging, target);
    return { tables, keptPrevious };
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw error;
  } finally {
    unregister();
    lock.release();
  }
}

// -------------------------------------------------------------- PostgreSQL

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function serverMajor(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ v: string }>("SHOW server_version_num");
  return Math.floor(Number(rows[0]!.v) / 10_000);
}

function clientExecutor(client: pg.Client): Pick<SqlExecutor, "query"> {
  return {
    query: async (text, params) => (await client.query(text, params)).rows as Record<string, unknown>[],
  };
}

function run(tool: string, args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(tool, args, { env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw new BackupError(`${tool} could not run: ${result.error.message}`);
  return result;
}

export async function backupPostgres(url: string, file: string): Promise<BackupResult> {
  const { major, tables } = await withClient(url, async (client) => ({
    major: await serverMajor(client),
    tables: await tableCounts(clientExecutor(client)),
  }));
  if (!("_prisma_migrations" in tables)) throw new BackupError("the database holds no Kintsugi schema");
  const pgDump = findPgTool("pg_dump", major);
  const pgRestore = findPgTool("pg_restore", major);
  const { dbname, env } = connectionForTools(url);
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const partial = `${file}.partial`;
  fs.rmSync(partial, { force: true });
  const dump = run(pgDump.path, ["--format=custom", "--file", partial, "--dbname", dbname], env);
  if (dump.status !== 0) {
    fs.rmSync(partial, { force: true });
    throw new BackupError(`pg_dump failed:\n${dump.stderr.trim()}`);
  }
  fs.chmodSync(partial, 0o600);
  // The archive must be readable by pg_restore.
  const list = run(pgRestore.path, ["--list", partial], env);
  if (list.status !== 0) {
    fs.rmSync(partial, { force: true });
    throw new BackupError(`the backup cannot be read back:\n${list.stderr.trim()}`);
  }
  fs.renameSync(partial, file);
  return { file, bytes: fs.statSync(file).size, tables };
}

export async function restorePostgres(
  url: string,
  file: string,
  options: { force?: boolean } = {},
): Promise<RestoreResult> {
  if (!isPgDump(file)) {
    throw new BackupError(
      `${file} is not a PostgreSQL backup (pg_dump custom format)` +
        (isGzip(fs.readFileSync(file).subarray(0, 2))
          ? ": it is an embedded-database backup; unset DATABASE_URL to restore it into the embedded database."
          : "."),
    );
  }
  const { major, existing } = await withClient(url, async (client) => ({
    major: await serverMajor(client),
    existing: (
      await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
            AND n.nspname NOT LIKE 'pg\\_%'`,
      )
    ).rows[0]!.n,
  }));
  if (existing > 0 && !options.force) {
    throw new BackupError(
      `The target database already has ${existing} table(s). Run the restore with --force to replace them ` +
        `(everything the backup holds is dropped and recreated, in one transaction).`,
    );
  }
  const pgRestore = findPgTool("pg_restore", major);
  const { dbname, env } = connectionForTools(url);
  const args = [
    "--dbname",
    dbname,
    "--single-transaction",
    "--exit-on-error",
    "--no-owner",
    "--no-privileges",
    ...(options.force ? ["--clean", "--if-exists"] : []),
    file,
  ];
  const restored = run(pgRestore.path, args, env);
  if (restored.status !== 0) {
    throw new BackupError(
      `pg_restore failed; nothing was changed (it runs in one transaction):\n${restored.stderr.trim()}`,
    );
  }
  const tables = await withClient(url, (client) => tableCounts(clientExecutor(client)));
  if (!("_prisma_migrations" in tables))
    throw new BackupError("the restored database holds no Kintsugi schema");
  return { tables };
}
