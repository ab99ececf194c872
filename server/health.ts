import "server-only";
import path from "node:path";
import { getDatabase } from "@/lib/db";
import { pendingMigrations } from "@/lib/db/migrate";
import { env } from "@/lib/env";
import { logUnexpected } from "./action";
import { getReadiness } from "./startup";

const TIMEOUT_MS = 3000;

export type Health =
  | { status: "ok"; database: "embedded" | "postgres" }
  /** Startup has not applied the migrations yet (the database was down at start): retrying. */
  | { status: "starting"; database: "embedded" | "postgres" | "unknown"; reason: string }
  | { status: "unavailable"; database: "embedded" | "postgres" | "unknown"; error: string };

/**
 * Is this server ready to serve? Used by /api/health for load balancers
 * (200 only for "ok"). Never waits more than 3 s: the database check races a
 * timer, and the pool's connection timeout bounds a wait for a connection.
 */
export async function checkHealth(): Promise<Health> {
  let database: "embedded" | "postgres" | "unknown" = "unknown";
  const readiness = getReadiness();
  if (readiness.state === "starting") {
    return { status: "starting", database: modeFromEnvSafe(), reason: readiness.reason };
  }
  if (readiness.state === "failed") {
    return { status: "unavailable", database: modeFromEnvSafe(), error: readiness.reason };
  }
  let timer: NodeJS.Timeout | undefined;
  try {
    const db = getDatabase();
    database = db.mode;
    const check = async () => {
      // Without startup in this process nobody vouches for the schema: check it.
      if (readiness.state !== "ready") {
        const pending = await pendingMigrations(
          db.sql,
          path.join(/*turbopackIgnore: true*/ process.cwd(), "prisma", "migrations"),
        );
        if (pending.length > 0) return `${pending.length} migration(s) not applied`;
      } else {
        await db.sql.query("SELECT 1");
      }
      return null;
    };
    const notReady = await Promise.race([
      check(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error("database timeout")), TIMEOUT_MS);
      }),
    ]);
    if (notReady) return { status: "starting", database, reason: notReady };
    return { status: "ok", database };
  } catch (error) {
    logUnexpected(error);
    return { status: "unavailable", database, error: "The database is not reachable." };
  } finally {
    clearTimeout(timer);
  }
}

function modeFromEnvSafe(): "embedded" | "postgres" | "unknown" {
  try {
    return env.databaseMode;
  } catch {
    return "unknown";
  }
}
