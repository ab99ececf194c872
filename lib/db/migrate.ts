// Applies prisma/migrations/*/migration.sql in order, each in a transaction,
// recording them in Prisma's own `_prisma_migrations` table (so
// `prisma migrate status` stays meaningful). One runner for PGlite and
// PostgreSQL: Prisma 6's CLI needs a workaround for each (see ARCHITECTURE.md).
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export type SqlExecutor = {
  exec(text: string): Promise<void>;
  query(text: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
};

export type SqlRunner = SqlExecutor & {
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  withLock<T>(fn: () => Promise<T>): Promise<T>;
};

export type Migration = { name: string; sql: string; checksum: string };

export const defaultMigrationsDir = path.resolve(
  /*turbopackIgnore: true*/ process.cwd(),
  "prisma",
  "migrations",
);

export function readMigrations(dir = defaultMigrationsDir): Migration[] {
  // turbopackIgnore: the migrations are read at run time, not bundled.
  return fs
    .readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter(
      (d) =>
        d.isDirectory() && fs.existsSync(/*turbopackIgnore: true*/ path.join(dir, d.name, "migration.sql")),
    )
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(/*turbopackIgnore: true*/ path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: crypto.createHash("sha256").update(sql).digest("hex") };
    });
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/** The migrations in `dir` that the database has not applied (all of them when it has none). */
export async function pendingMigrations(sql: SqlExecutor, dir = defaultMigrationsDir): Promise<string[]> {
  const names = readMigrations(dir).map((m) => m.name);
  const exists = await sql.query(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS present`);
  if (!exists[0]?.present) return names;
  const rows = await sql.query(
    `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  const applied = new Set(rows.map((r) => String(r.migration_name)));
  return names.filter((name) => !applied.has(name));
}

export class MigrationChangedError extends Error {}

/** Returns the names of the migrations it applied. */
export async function applyMigrations(sql: SqlRunner, dir = defaultMigrationsDir): Promise<string[]> {
  const migrations = readMigrations(dir);
  return sql.withLock(async () => {
    await sql.exec(CREATE_TABLE);
    const rows = await sql.query(
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Map(rows.map((r) => [String(r.migration_name), String(r.checksum)]));
    const done: string[] = [];
    for (const m of migrations) {
      const previous = applied.get(m.name);
      if (previous) {
        if (previous !== m.checksum) {
          throw new MigrationChangedError(
            `Migration ${m.name} was changed after it was applied. Add a new migration instead.`,
          );
        }
        continue;
      }
      await sql.transaction(async (tx) => {
        await tx.exec(m.sql);
        await tx.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), now(), 1)`,
          [crypto.randomUUID(), m.checksum, m.name],
        );
      });
      done.push(m.name);
    }
    return done;
  });
}
