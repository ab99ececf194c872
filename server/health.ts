import "server-only";
import { getDatabase } from "@/lib/db";
import { logUnexpected } from "./action-result";

const TIMEOUT_MS = 3000;

/** Is the database answering? Used by /api/health for load balancers. */
export async function checkHealth() {
  let database: "embedded" | "postgres" | "unknown" = "unknown";
  try {
    const db = getDatabase();
    database = db.mode;
    await Promise.race([
      db.sql.query("SELECT 1"),
      new Promise((_, reject) => setTimeout(() => reject(new Error("database timeout")), TIMEOUT_MS)),
    ]);
    return { status: "ok" as const, database };
  } catch (error) {
    logUnexpected(error);
    return { status: "unavailable" as const, database, error: "The database is not reachable." };
  }
}
