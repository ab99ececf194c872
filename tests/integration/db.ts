// Databases for integration tests, in the mode chosen by KINTSUGI_TEST_DB
// (pglite, the default, or postgres with TEST_DATABASE_URL).
//
// - global-setup.ts migrates one database per run: a PGlite dump (a tarball of
//   its data folder) or a PostgreSQL template database.
// - setup.ts opens a copy of it for each test worker (`openScratchDatabase`),
//   puts it in `globalThis.__kintsugiDatabase` (where lib/db.ts finds it) and
//   empties it before each test (`resetDatabase`).
// - Tests reach it through `@/lib/db` like the app does, or `testDb()` here.
import crypto from "node:crypto";
import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { makePrisma, openDatabase, type Database, type DbClient } from "@/lib/db/connect";
import type { SqlExecutor } from "@/lib/db/migrate";

export type TestDbMode = "pglite" | "postgres";

export function testDbMode(): TestDbMode {
  const mode = process.env.KINTSUGI_TEST_DB ?? "pglite";
  if (mode !== "pglite" && mode !== "postgres") {
    throw new Error(`KINTSUGI_TEST_DB must be "pglite" or "postgres", not "${mode}"`);
  }
  return mode;
}

/** What global-setup.ts hands to every test file (vitest provide/inject). */
export type TestDbHandle =
  | { mode: "pglite"; migratedDump: string; emptyDump: string }
  | { mode: "postgres"; serverUrl: string; template: string; prefix: string };

declare module "vitest" {
  export interface ProvidedContext {
    kintsugiTestDb: TestDbHandle;
  }
}

const holder = globalThis as unknown as { __kintsugiDatabase?: Database };

/** The database of the current test file (the one lib/db.ts uses). */
export function testDatabase(): Database {
  const database = holder.__kintsugiDatabase;
  if (!database) {
    throw new Error("No test database: is tests/integration/setup.ts in the vitest project's setupFiles?");
  }
  return database;
}

/** The Prisma client of the current test file's database. */
export function testDb(): DbClient {
  return testDatabase().prisma;
}

// ------------------------------------------------------------------ PGlite

function pgliteExecutor(client: Pick<PGlite, "exec" | "query">): SqlExecutor {
  return {
    exec: async (text) => {
      await client.exec(text);
    },
    query: async (text, params) => (await client.query(text, params)).rows as Record<string, unknown>[],
  };
}

/** Wraps a PGlite instance the way lib/db/connect.ts does for the embedded mode. */
export function databaseFromPglite(pglite: PGlite): Database {
  const prisma = makePrisma(new PrismaPGlite(pglite));
  return {
    prisma,
    mode: "embedded",
    sql: {
      ...pgliteExecutor(pglite),
      transaction: (fn) => pglite.transaction((tx) => fn(pgliteExecutor(tx))),
      withLock: (fn) => fn(),
    },
    async close() {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}

/** An in-memory PGlite started from a dump made by `dumpPglite` (about 1.4 s instead of 3.5 s). */
export async function openPgliteFromDump(dumpFile: string): Promise<Database> {
  const pglite = new PGlite({ loadDataDir: new Blob([fs.readFileSync(dumpFile)]) });
  await pglite.waitReady;
  return databaseFromPglite(pglite);
}

export async function dumpPglite(pglite: PGlite, file: string) {
  // Uncompressed: bigger (about 40 MB) but faster to load.
  const dump = await pglite.dumpDataDir("none");
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
}

// -------------------------------------------------------------- PostgreSQL

/** The URL of another database on the same server. */
export function databaseUrl(serverUrl: string, database: string) {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Runs statements on the server's maintenance database (CREATE/DROP DATABASE). */
export async function withAdminClient<T>(serverUrl: string, fn: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function createPostgresDatabase(serverUrl: string, name: string, template: string) {
  await withAdminClient(serverUrl, (c) =>
    c.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template)}`),
  );
}

export async function dropPostgresDatabase(serverUrl: string, name: string) {
  await withAdminClient(serverUrl, (c) =>
    c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`),
  );
}

// ----------------------------------------------------------- per test file

const uniqueSuffix = () => `${process.pid}_${crypto.randomBytes(3).toString("hex")}`;

/**
 * A new database for the current test file: a copy of the migrated one, or,
 * with `{ migrated: false }`, an empty one (for migration tests). Its
 * `close()` also deletes it.
 */
export async function openScratchDatabase(
  handle: TestDbHandle,
  options: { migrated: boolean } = { migrated: true },
): Promise<Database> {
  if (handle.mode === "pglite") {
    return openPgliteFromDump(options.migrated ? handle.migratedDump : handle.emptyDump);
  }
  const name = `${handle.prefix}${uniqueSuffix()}`;
  await createPostgresDatabase(handle.serverUrl, name, options.migrated ? handle.template : "template0");
  const database = openDatabase({ mode: "postgres", url: databaseUrl(handle.serverUrl, name) });
  return {
    ...database,
    async close() {
      await database.close();
      await dropPostgresDatabase(handle.serverUrl, name);
    },
  };
}

// ------------------------------------------------------------------- reset

/** Tables kept between tests: the migration log and the shipped factor taxonomy. */
export const KEPT_TABLES = ["_prisma_migrations", "ContributingFactor"];
/** Where the taxonomy's rows are copied at the start of a file, to restore them. */
const SNAPSHOT_SCHEMA = "kintsugi_test_snapshot";

const resetStatements = new WeakMap<Database, string>();
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;
const taxonomyFingerprint = `SELECT md5(coalesce(string_agg(f::text, ',' ORDER BY f::text), '')) FROM "ContributingFactor" f`;

/**
 * Builds the reset statement from the catalog: one DO block that TRUNCATEs
 * (RESTART IDENTITY CASCADE) the tables that have rows, all but the kept ones,
 * and puts the factor taxonomy back if a test changed it. Truncating only the
 * non-empty tables matters on PostgreSQL, where TRUNCATE costs a few ms per table.
 */
async function prepareReset(database: Database) {
  const rows = await database.sql.query(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND NOT (tablename = ANY($1)) ORDER BY tablename`,
    [KEPT_TABLES],
  );
  await database.sql.exec(`DROP SCHEMA IF EXISTS ${SNAPSHOT_SCHEMA} CASCADE; CREATE SCHEMA ${SNAPSHOT_SCHEMA};
    CREATE TABLE ${SNAPSHOT_SCHEMA}."ContributingFactor" AS SELECT * FROM "ContributingFactor";`);
  const [{ md5 }] = (await database.sql.query(taxonomyFingerprint)) as [{ md5: string }];
  const checks = rows.map((r) => {
    const table = quoteIdent(String(r.tablename));
    return `  IF EXISTS (SELECT 1 FROM ${table}) THEN dirty := dirty || ${literal(table)}::text; END IF;`;
  });
  return `DO $kintsugi_reset$
DECLARE dirty text[] := ARRAY[]::text[];
BEGIN
${checks.join("\n")}
  IF cardinality(dirty) > 0 THEN
    EXECUTE 'TRUNCATE ' || array_to_string(dirty, ', ') || ' RESTART IDENTITY CASCADE';
  END IF;
  IF (${taxonomyFingerprint}) <> ${literal(md5)} THEN
    DELETE FROM "ContributingFactor";
    INSERT INTO "ContributingFactor" SELECT * FROM ${SNAPSHOT_SCHEMA}."ContributingFactor";
  END IF;
END $kintsugi_reset$`;
}

/** Prepares `resetDatabase` (call once, right after the database is opened). */
export async function rememberInitialState(database: Database) {
  resetStatements.set(database, await prepareReset(database));
}

/** Empties every table but the kept ones and restores the factor taxonomy, in one statement. */
export async function resetDatabase(database: Database = testDatabase()) {
  let statement = resetStatements.get(database);
  if (!statement) {
    statement = await prepareReset(database);
    resetStatements.set(database, statement);
  }
  await database.sql.exec(statement);
}
