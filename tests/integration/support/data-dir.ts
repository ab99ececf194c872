// Embedded data folders for tests that need a real folder (locks, backups):
// filled from the migrated dump that global-setup.ts made for this run, which
// is much faster than migrating a new folder.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { inject } from "vitest";
import { pgliteDir } from "@/lib/db/connect";

/** A new temp data folder holding a migrated, empty database (closed). */
export async function migratedDataDir(prefix = "kintsugi-test-data-"): Promise<string> {
  const handle = inject("kintsugiTestDb");
  if (handle.mode !== "pglite") throw new Error("migratedDataDir needs the PGlite test stage");
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const pglite = new PGlite(pgliteDir(dataDir), {
    loadDataDir: new Blob([fs.readFileSync(handle.migratedDump)]),
  });
  await pglite.waitReady;
  await pglite.close();
  return dataDir;
}
