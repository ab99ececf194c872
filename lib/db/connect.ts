// Opens the database in either mode. Used by lib/db.ts (the app's one
// client), the scripts and the tests. Not "server-only" so scripts can use it.
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "../generated/prisma/client";
import { applyMigrations, type SqlRunner } from "./migrate";

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
  close(): Promise<void>;
};

function makePrisma(adapter: PrismaPGlite | PrismaPg) {
  return new PrismaClient({
    adapter,
    // Secrets never leave the data layer unless a query asks for them.
    omit: { user: { passwordHash: true } },
  });
}

export function openDatabase(target: DatabaseTarget): Database {
  if (target.mode === "embedded") {
    let dir: string | undefined;
    if (target.dataDir) {
      dir = path.join(target.dataDir, "pglite");
      fs.mkdirSync(dir, { recursive: true });
    }
    const pglite = dir ? new PGlite(dir) : new PGlite();
    const prisma = makePrisma(new PrismaPGlite(pglite));
    return {
      prisma,
      mode: "embedded",
      sql: {
        exec: async (text) => {
          await pglite.exec(text);
        },
        query: async (text, params) => (await pglite.query(text, params)).rows as Record<string, unknown>[],
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
      async close() {
        await prisma.$disconnect();
        await pglite.close();
      },
    };
  }

  const pool = new pg.Pool({ connectionString: target.url, max: 10 });
  const prisma = makePrisma(new PrismaPg(pool));
  const run = (client: pg.PoolClient | pg.Pool) => ({
    exec: async (text: string) => {
      await client.query(text);
    },
    query: async (text: string, params?: unknown[]) => (await client.query(text, params)).rows,
  });
  return {
    prisma,
    mode: "postgres",
    sql: {
      ...run(pool),
      async transaction(fn) {
        const client = await pool.connect();
        try {
          await client.query("BEGIN");
          const result = await fn(run(client));
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
      async withLock(fn) {
        const client = await pool.connect();
        try {
          await client.query("SELECT pg_advisory_lock(727073690)");
          return await fn();
        } finally {
          await client.query("SELECT pg_advisory_unlock(727073690)").catch(() => {});
          client.release();
        }
      },
    },
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
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
