// Opens the database in either mode. Used by lib/db.ts (the app's one
// client), the scripts and the tests. Not "server-only" so scripts can use it.
//
//   openDatabase(target)          opens it; the embedded mode with a folder
//                                 first locks the folder (data-dir-lock.ts) and
//                                 throws DataDirLockedError when another
//                                 process has it open
//   openMigratedDatabase(target)  the same, then applies pending migrations
//   database.close()              closes it and releases the lock; safe to
//                                 call twice
//   closeDatabaseOnSignals(db)    closes it on SIGINT/SIGTERM/process.exit
//                                 (shutdown.ts), for scripts and servers
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "../generated/prisma/client";
import { startControlServer, type ControlServer } from "./control";
import { lockDataDir } from "./data-dir-lock";
import { applyMigrations, type SqlRunner } from "./migrate";
import { createPool, type ResilientPool } from "./pool";
import { onShutdown } from "./shutdown";
import { countingStatements, countStatement } from "./statement-count";
import { guardTransactions } from "./transaction-guard";

export type DatabaseTarget =
  { mode: "embedded"; dataDir: string | null /* null: in memory */ } | { mode: "postgres"; url: string };

export type DbClient = ReturnType<typeof makePrisma>;
/** The client inside `db.$transaction(async (tx) => …)`; the client itself also fits. */
export type DbTransaction = Omit<DbClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export type Database = {
  prisma: DbClient;
  mode: DatabaseTarget["mode"];
  /** Raw SQL for migrations and health checks. */
  sql: SqlRunner;
  /**
   * Embedded mode only: a consistent gzipped tarball of the data folder,
   * taken between transactions (see lib/db/backup.ts).
   */
  dumpDataDir?: () => Promise<Blob>;
  /** PostgreSQL mode only: the pool, for diagnostics and tests. */
  pool?: ResilientPool;
  /** Closes the database (and releases the data folder's lock). Safe to call twice. */
  close(): Promise<void>;
};

/** The Prisma client over an adapter, as the app uses it (tests use this too). */
export function makePrisma(adapter: PrismaPGlite | PrismaPg) {
  const client = new PrismaClient({
    adapter,
    // Secrets never leave the data layer unless a query asks for them.
    omit: { user: { passwordHash: true } },
    ...(countingStatements() && { log: [{ emit: "event" as const, level: "query" as const }] }),
  });
  if (countingStatements())
    (client as unknown as { $on(event: "query", callback: (e: { query: string }) => void): void }).$on(
      "query",
      countStatement,
    );
  return guardTransactions(client);
}

/** Raw SQL (health checks, migrations) counts too when the benchmark asks. */
function countRawStatement() {
  if (countingStatements()) countStatement();
}

/** Makes close() idempotent: a second call waits for the first and does nothing more. */
function once(close: () => Promise<void>): () => Promise<void> {
  let closing: Promise<void> | null = null;
  return () => (closing ??= close());
}

/** The folder PGlite keeps its files in, inside KINTSUGI_DATA_DIR. */
export function pgliteDir(dataDir: string) {
  return path.join(dataDir, "pglite");
}

/**
 * A consistent copy of PGlite's folder: waits for the running transaction
 * (Prisma's interactive transactions hold PGlite's transaction lock), takes a
 * checkpoint so the copy needs no recovery, and tars the folder while no
 * query can run.
 */
export function dumpPglite(pglite: PGlite): Promise<Blob> {
  return pglite.transaction(async (tx) => {
    await tx.exec("CHECKPOINT");
    return pglite.dumpDataDir("gzip");
  });
}

export function openDatabase(target: DatabaseTarget): Database {
  return target.mode === "embedded" ? openEmbedded(target.dataDir) : openPostgres(target.url);
}

function openEmbedded(dataDir: string | null): Database {
  let pglite: PGlite;
  let release = () => {};
  let control: ControlServer | null = null;
  if (dataDir) {
    // Before PGlite touches the folder: a second process must never open it.
    const lock = lockDataDir(dataDir);
    release = () => lock.release();
    try {
      const dir = pgliteDir(dataDir);
      fs.mkdirSync(dir, { recursive: true });
      pglite = new PGlite(dir);
      control = startControlServer({ dataDir, lock, dump: () => dumpPglite(pglite) });
    } catch (error) {
      lock.release();
      throw error;
    }
  } else {
    pglite = new PGlite();
  }
  const prisma = makePrisma(new PrismaPGlite(pglite));
  const database: Database = {
    prisma,
    mode: "embedded",
    sql: {
      exec: async (text) => {
        countRawStatement();
        await pglite.exec(text);
      },
      query: async (text, params) => {
        countRawStatement();
        return (await pglite.query(text, params)).rows as Record<string, unknown>[];
      },
      transaction: (fn) =>
        pglite.transaction(async (tx) =>
          fn({
            exec: async (text) => {
              await tx.exec(text);
            },
            query: async (text, params) => (await tx.query(text, params)).rows as Record<string, unknown>[],
          }),
        ),
      withLock: (fn) => fn(),
    },
    dumpDataDir: () => dumpPglite(pglite),
    close: once(async () => {
      try {
        await control?.close();
        await prisma.$disconnect();
        if (!pglite.closed) await pglite.close();
      } finally {
        release();
      }
    }),
  };
  return database;
}

const MIGRATION_LOCK_ID = 727073690;
/** A migration may rewrite a large table: its statements get an hour, not the pool's 40 s. */
const MIGRATION_QUERY_TIMEOUT_MS = 3_600_000;

function openPostgres(url: string): Database {
  const pool = createPool(url);
  const prisma = makePrisma(new PrismaPg(pool));
  // query_timeout per query is supported by pg but missing from its types.
  const config = (text: string, values: unknown[] | undefined, queryTimeout?: number) =>
    ({ text, values, ...(queryTimeout ? { query_timeout: queryTimeout } : {}) }) as pg.QueryConfig;
  const run = (client: pg.PoolClient | pg.Pool, queryTimeout?: number) => ({
    exec: async (text: string) => {
      countRawStatement();
      await client.query(config(text, undefined, queryTimeout));
    },
    query: async (text: string, params?: unknown[]) => {
      countRawStatement();
      return (await client.query(config(text, params, queryTimeout))).rows as Record<string, unknown>[];
    },
  });
  return {
    prisma,
    mode: "postgres",
    pool,
    sql: {
      ...run(pool),
      // Used by migrations: no statement timeout inside (see MIGRATION_QUERY_TIMEOUT_MS).
      async transaction(fn) {
        const client = await pool.connect();
        try {
          await client.query("BEGIN");
          await client.query("SET LOCAL statement_timeout = 0");
          const result = await fn(run(client, MIGRATION_QUERY_TIMEOUT_MS));
          await client.query("COMMIT");
          return result;
        } catch (error) {
          await client.query("ROLLBACK").catch(() => {});
          throw error;
        } finally {
          client.release();
        }
      },
      // Several app servers may start at once: one migrates, the others wait.
      // Polls pg_try_advisory_lock rather than blocking in pg_advisory_lock,
      // so no statement outlives the statement timeout while waiting.
      async withLock(fn) {
        const client = await pool.connect();
        try {
          let waited = false;
          for (;;) {
            const { rows } = await client.query<{ locked: boolean }>(
              "SELECT pg_try_advisory_lock($1) AS locked",
              [MIGRATION_LOCK_ID],
            );
            if (rows[0]?.locked) break;
            if (!waited) console.log("[kintsugi] another server is applying migrations; waiting");
            waited = true;
            await new Promise((resolve) => setTimeout(resolve, 250));
          }
          return await fn();
        } finally {
          // A dead connection has lost its session lock anyway; release() then destroys it.
          await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_ID]).catch(() => {});
          client.release();
        }
      },
    },
    close: once(async () => {
      await prisma.$disconnect();
      await pool.end();
    }),
  };
}

/** Opens the database and brings its schema up to date. */
export async function openMigratedDatabase(target: DatabaseTarget, migrationsDir?: string) {
  const db = openDatabase(target);
  try {
    await applyMigrations(db.sql, migrationsDir);
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
  return db;
}

/**
 * Closes `database` when the process is stopped (SIGINT, SIGTERM, or
 * process.exit()), so a normal stop is not a crash recovery and the data
 * folder's lock is released. Returns the database, whose close() also
 * unregisters the hook.
 */
export function closeDatabaseOnSignals(database: Database): Database {
  const unregister = onShutdown(() => database.close());
  const close = database.close;
  database.close = once(async () => {
    unregister();
    await close();
  });
  return database;
}
