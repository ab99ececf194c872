// Fault tests that kill or restart PostgreSQL need a server of their own (the
// stage's shared server must stay up for the other files). This starts one
// from /usr/lib/postgresql/*/bin; without those binaries the tests are
// skipped with a reason, except under REQUIRE_ALL=1 / CI where that fails.
import { findPostgresBin, startCluster, type Cluster } from "@/scripts/lib/pg-cluster";

export const pgBin = findPostgresBin();
export const isPostgresStage = process.env.KINTSUGI_TEST_DB === "postgres";
const required = process.env.REQUIRE_ALL === "1" || process.env.REQUIRE_ALL === "true" || !!process.env.CI;

/** Whether to run the own-server tests in this stage (throws when they are required but impossible). */
export function runOwnClusterTests(): boolean {
  if (!isPostgresStage) return false;
  if (pgBin) return true;
  const reason =
    "PostgreSQL's server binaries (/usr/lib/postgresql/*/bin) are missing: the fault tests that restart " +
    "their own server cannot run (apt-get install postgresql).";
  if (required) throw new Error(reason);
  console.warn(`SKIPPED: ${reason}`);
  return false;
}

export async function ownCluster(): Promise<Cluster> {
  if (!pgBin) throw new Error("no PostgreSQL binaries");
  return startCluster(pgBin);
}
