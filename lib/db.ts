import "server-only";
import { closeDatabaseOnSignals, openDatabase, type Database, type DbClient } from "./db/connect";
import { env } from "./env";

// One database per process: PGlite holds a lock on its data folder, and a
// PostgreSQL pool should be shared. Integration tests put their own
// (fresh, migrated) database here before importing the data layer.
const holder = globalThis as unknown as { __kintsugiDatabase?: Database };

export function getDatabase(): Database {
  // Opening the embedded database throws DataDirLockedError when another
  // process has its folder; nothing is kept then, so the next call tries again.
  // Closed on SIGINT/SIGTERM (after next start has drained its requests), so
  // a normal stop is a clean shutdown and releases the folder's lock.
  holder.__kintsugiDatabase ??= closeDatabaseOnSignals(
    env.databaseMode === "postgres"
      ? openDatabase({ mode: "postgres", url: env.DATABASE_URL! })
      : openDatabase({ mode: "embedded", dataDir: env.dataDir }),
  );
  return holder.__kintsugiDatabase;
}

/**
 * The one Prisma client. Opened lazily on first use so that `next build`
 * never touches a database.
 */
export const db: DbClient = new Proxy({} as DbClient, {
  get(_target, property) {
    const client = getDatabase().prisma;
    const value = Reflect.get(client, property) as unknown;
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(client) : value;
  },
});
