// Runs in each integration test file's worker before the file itself is
// imported (again for every file). The first file of a worker opens the
// worker's database, a copy of the migrated one; the top-level await below
// finishes before vitest imports the test file, so by the time the file's
// static imports (server/*, lib/db) load, the database is already in
// `globalThis.__kintsugiDatabase`, where lib/db.ts picks it up instead of
// opening one from the environment. Later files of the worker (the
// "integration" project does not isolate files: vitest.config.ts) reuse it.
import { afterEach, beforeEach, inject } from "vitest";
import { onParallelTransactionQuery, type ParallelQueryReport } from "@/lib/db/transaction-guard";
import type { Database } from "@/lib/db/connect";
import { openScratchDatabase, rememberInitialState, resetDatabase } from "./db";

const holder = globalThis as unknown as {
  __kintsugiDatabase?: Database;
  __kintsugiWorkerReady?: boolean;
  __kintsugiParallelQueries?: ParallelQueryReport[];
};
if (!holder.__kintsugiDatabase) {
  const opened = await openScratchDatabase(inject("kintsugiTestDb"));
  holder.__kintsugiDatabase = opened;
  await rememberInitialState(opened);
}
const database = holder.__kintsugiDatabase;

// Every test starts from the migrated state (taxonomy included), whatever the
// previous test left. Make test data inside the test or in beforeEach, not in
// beforeAll: this runs before each test and would remove it.
beforeEach(async () => {
  await resetDatabase(database);
});

// Parallel queries inside a transaction (e.g. Promise.all over `tx` queries)
// fail the test: they run on one connection, where pg 8 only warns about them
// and pg 9 will reject them. lib/db/transaction-guard.ts reports every such
// query (in both database modes); pg's own deprecation warning is caught too,
// in case a query bypasses the guard.
// Registered once per worker (the hooks below are registered again for each file).
const parallelQueries = (holder.__kintsugiParallelQueries ??= []);
if (!holder.__kintsugiWorkerReady) {
  holder.__kintsugiWorkerReady = true;
  onParallelTransactionQuery((report) => parallelQueries.push(report));
  process.on("warning", (warning) => {
    if (/already executing a query/.test(warning.message)) {
      parallelQueries.push({ operation: "(pg deprecation warning)", running: "", stack: warning.stack });
    }
  });
}

afterEach(() => {
  if (parallelQueries.length === 0) return;
  const reports = parallelQueries.splice(0);
  throw new Error(
    `${reports.length} query(ies) started inside a transaction while another was running (await them one at a time):\n` +
      reports.map((r) => `- ${r.operation} while ${r.running} ran\n${r.stack ?? ""}`).join("\n"),
  );
});
