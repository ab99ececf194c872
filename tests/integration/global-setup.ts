// Runs before any integration test file: migrates one database that each test worker
// then copies (see db.ts).
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { TestProject } from "vitest/node";
import { openMigratedDatabase } from "@/lib/db/connect";
import { applyMigrations } from "@/lib/db/migrate";
import {
  databaseFromPglite,
  databaseUrl,
  dropPostgresDatabase,
  dumpPglite,
  testDbMode,
  withAdminClient,
  type TestDbHandle,
} from "./db";

async function setUpPglite(): Promise<{ handle: TestDbHandle; teardown: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kintsugi-test-pglite-"));
  const handle = {
    mode: "pglite" as const,
    emptyDump: path.join(dir, "empty.tar"),
    migratedDump: path.join(dir, "migrated.tar"),
  };
  const pglite = new PGlite();
  await pglite.waitReady;
  await dumpPglite(pglite, handle.emptyDump);
  const database = databaseFromPglite(pglite);
  try {
    await applyMigrations(database.sql);
    await dumpPglite(pglite, handle.migratedDump);
  } finally {
    await database.close();
  }
  return { handle, teardown: async () => fs.rmSync(dir, { recursive: true, force: true }) };
}

async function setUpPostgres(): Promise<{ handle: TestDbHandle; teardown: () => Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    throw new Error(
      "KINTSUGI_TEST_DB=postgres needs TEST_DATABASE_URL, a PostgreSQL server URL with a database the tests " +
        "may connect to for CREATE DATABASE (e.g. postgresql://postgres@127.0.0.1:5432/postgres). " +
        "`npm test` starts a throwaway server by itself when PostgreSQL is installed.",
    );
  }
  const run = crypto.randomBytes(3).toString("hex");
  const prefix = `kintsugi_test_${run}_`;
  const template = `${prefix}template`;
  const dropAll = async () => {
    const rows = await withAdminClient(serverUrl, (c) =>
      c.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE starts_with(datname, $1)`, [
        prefix,
      ]),
    );
    for (const { datname } of rows.rows) {
      if (datname === template) continue;
      await dropPostgresDatabase(serverUrl, datname);
    }
    await dropPostgresDatabase(serverUrl, template);
  };
  await withAdminClient(serverUrl, (c) => c.query(`CREATE DATABASE "${template}" TEMPLATE template0`));
  try {
    const database = await openMigratedDatabase({ mode: "postgres", url: databaseUrl(serverUrl, template) });
    // A template must have no connections while it is copied.
    await database.close();
  } catch (error) {
    await dropAll().catch(() => {});
    throw error;
  }
  return { handle: { mode: "postgres", serverUrl, template, prefix }, teardown: dropAll };
}

type Prepared = { handle: TestDbHandle; teardown: () => Promise<void> };

// Both integration projects (integration and integration-isolated) name this file:
// the database is migrated once per run and removed after the last project is done with it.
const shared = globalThis as unknown as {
  __kintsugiTestDbSetup?: { prepared: Promise<Prepared>; users: number };
};

export default async function setup(project: TestProject) {
  const started = Date.now();
  const mode = testDbMode();
  shared.__kintsugiTestDbSetup ??= {
    prepared: mode === "pglite" ? setUpPglite() : setUpPostgres(),
    users: 0,
  };
  const entry = shared.__kintsugiTestDbSetup;
  entry.users++;
  const { handle, teardown } = await entry.prepared;
  project.provide("kintsugiTestDb", handle);
  if (process.env.KINTSUGI_TEST_VERBOSE) {
    console.log(`[integration] ${project.name}: ${mode} database ready in ${Date.now() - started} ms`);
  }
  return async () => {
    if (--entry.users > 0) return;
    delete shared.__kintsugiTestDbSetup;
    await teardown();
  };
}
