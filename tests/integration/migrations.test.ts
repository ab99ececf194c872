import { execFile } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, inject, it } from "vitest";
import type { Database } from "@/lib/db/connect";
import { applyMigrations, readMigrations, type SqlExecutor } from "@/lib/db/migrate";
import { openScratchDatabase } from "./db";

const handle = inject("kintsugiTestDb");
const opened: Database[] = [];
afterAll(async () => {
  await Promise.all(opened.map((d) => d.close()));
});

async function emptyDatabase() {
  const database = await openScratchDatabase(handle, { migrated: false });
  opened.push(database);
  return database;
}

describe("applyMigrations", () => {
  it("applies every migration once; a second run is a no-op", async () => {
    const database = await emptyDatabase();
    const names = readMigrations().map((m) => m.name);
    expect(names.length).toBeGreaterThan(0);
    expect(await applyMigrations(database.sql)).toEqual(names);
    expect(await applyMigrations(database.sql)).toEqual([]);
    const rows = await database.sql.query(`SELECT migration_name FROM "_prisma_migrations" ORDER BY 1`);
    expect(rows.map((r) => r.migration_name)).toEqual(names);
  });

  it("refuses a migration whose file changed after it was applied", async () => {
    const database = await emptyDatabase();
    await applyMigrations(database.sql);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kintsugi-migrations-"));
    try {
      fs.cpSync(path.resolve("prisma/migrations"), dir, { recursive: true });
      const [first] = readMigrations(dir);
      const file = path.join(dir, first!.name, "migration.sql");
      fs.appendFileSync(file, "\n-- edited after the fact\n");
      await expect(applyMigrations(database.sql, dir)).rejects.toThrow(
        new RegExp(`Migration ${first!.name} was changed after it was applied`),
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

// ------------------------------------------------------------------ drift

/**
 * A stable, sorted description of the public schema: tables and columns
 * (type, nullability, default), indexes, constraints, enums.
 */
async function describeSchema(sql: SqlExecutor): Promise<string[]> {
  const lines: string[] = [];
  const columns = await sql.query(`
    SELECT c.relname AS t, a.attname AS col, format_type(a.atttypid, a.atttypmod) AS type,
           a.attnotnull AS notnull, pg_get_expr(d.adbin, d.adrelid) AS def
    FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
      AND c.relname <> '_prisma_migrations'`);
  for (const r of columns) {
    lines.push(
      `column ${r.t}.${r.col} ${r.type}${r.notnull ? " NOT NULL" : ""}${r.def != null ? ` DEFAULT ${r.def}` : ""}`,
    );
  }
  const indexes = await sql.query(`
    SELECT indexname, indexdef FROM pg_indexes
    WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`);
  for (const r of indexes) lines.push(`index ${r.indexname}: ${r.indexdef}`);
  const constraints = await sql.query(`
    SELECT c.relname AS t, k.conname AS name, pg_get_constraintdef(k.oid) AS def
    FROM pg_constraint k
    JOIN pg_class c ON c.oid = k.conrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relname <> '_prisma_migrations'`);
  for (const r of constraints) lines.push(`constraint ${r.t}.${r.name}: ${r.def}`);
  const enums = await sql.query(`
    SELECT t.typname AS name, string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder) AS labels
    FROM pg_type t
    JOIN pg_enum e ON e.enumtypid = t.oid
    JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE n.nspname = 'public'
    GROUP BY t.typname`);
  for (const r of enums) lines.push(`enum ${r.name} (${r.labels})`);
  return lines.sort();
}

const execFileAsync = promisify(execFile);

/**
 * The SQL Prisma makes of schema.prisma. Prisma's schema engine takes 10-15 s here, and its answer
 * depends only on the schema and Prisma's version: the PostgreSQL stage reuses the PGlite stage's
 * answer (node_modules/.cache/kintsugi/, keyed by both).
 */
async function schemaPrismaAsSql() {
  const schema = fs.readFileSync("prisma/schema.prisma", "utf8");
  const version = (
    JSON.parse(fs.readFileSync("node_modules/prisma/package.json", "utf8")) as { version: string }
  ).version;
  const key = crypto.createHash("sha256").update(`${version}\n${schema}`).digest("hex").slice(0, 16);
  const cached = path.resolve("node_modules/.cache/kintsugi", `schema-sql-${key}.sql`);
  if (fs.existsSync(cached)) return fs.readFileSync(cached, "utf8");

  const prisma = path.resolve("node_modules/.bin/prisma");
  const { stdout } = await execFileAsync(
    prisma,
    ["migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
    { maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: "1" } },
  );
  fs.mkdirSync(path.dirname(cached), { recursive: true });
  // Written whole, then renamed: a run stopped halfway leaves no half file to reuse.
  fs.writeFileSync(`${cached}.${process.pid}`, stdout);
  fs.renameSync(`${cached}.${process.pid}`, cached);
  return stdout;
}

describe("schema drift", () => {
  it(
    "prisma/migrations produce exactly the schema that prisma/schema.prisma describes",
    { timeout: 180_000 },
    async () => {
      const [fromMigrations, fromSchema, script] = await Promise.all([
        emptyDatabase(),
        emptyDatabase(),
        schemaPrismaAsSql(),
      ]);
      await applyMigrations(fromMigrations.sql);
      // Not through the Prisma adapter: its executeScript does not surface errors.
      await fromSchema.sql.transaction((tx) => tx.exec(script));

      const [migrated, declared] = await Promise.all([
        describeSchema(fromMigrations.sql),
        describeSchema(fromSchema.sql),
      ]);
      const declaredSet = new Set(declared);
      const migratedSet = new Set(migrated);
      const missing = declared.filter((l) => !migratedSet.has(l));
      const extra = migrated.filter((l) => !declaredSet.has(l));
      const report = [
        ...missing.map((l) => `  in schema.prisma, not in the migrations: ${l}`),
        ...extra.map((l) => `  in the migrations, not in schema.prisma: ${l}`),
      ];
      expect(
        report,
        `prisma/schema.prisma and prisma/migrations disagree:\n${report.join("\n")}\n` +
          "Run `npm run db:new-migration -- <name>` to add a migration for the change (never edit an applied one).",
      ).toEqual([]);
      expect(migrated.length).toBeGreaterThan(100);
    },
  );
});
