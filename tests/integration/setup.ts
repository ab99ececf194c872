// Runs in each integration test file's worker before the file itself is
// imported. The top-level await below finishes before vitest imports the test
// file, so by the time the file's static imports (server/*, lib/db) load, the
// test file's own database is already in `globalThis.__kintsugiDatabase`,
// where lib/db.ts picks it up instead of opening one from the environment.
import { afterAll, beforeEach, inject } from "vitest";
import { openScratchDatabase, rememberInitialState, resetDatabase } from "./db";

const database = await openScratchDatabase(inject("kintsugiTestDb"));
(globalThis as unknown as { __kintsugiDatabase?: typeof database }).__kintsugiDatabase = database;
await rememberInitialState(database);

// Every test starts from the migrated state (taxonomy included), whatever the
// previous test left. Make test data inside the test or in beforeEach, not in
// beforeAll: this runs before each test and would remove it.
beforeEach(async () => {
  await resetDatabase(database);
});

afterAll(async () => {
  delete (globalThis as unknown as { __kintsugiDatabase?: typeof database }).__kintsugiDatabase;
  await database.close();
});
