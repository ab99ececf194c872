// Losing PostgreSQL connections must not be permanent (issue 8, fault 1):
// killed backends (pg_terminate_backend) and a crash-restart of the server
// (pg_ctl -m immediate stop, then start) in the middle of a load of Prisma
// interactive transactions and plain queries. Within seconds of the server
// being back, queries and transactions succeed again and the pool has no
// connection left checked out.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openMigratedDatabase, type Database } from "@/lib/db/connect";
import type { ResilientPool } from "@/lib/db/pool";
import type { Cluster } from "@/scripts/lib/pg-cluster";
import { checkHealth } from "@/server/health";
import { ownCluster, runOwnClusterTests } from "./support/own-cluster";

const holder = globalThis as unknown as { __kintsugiDatabase?: Database };

const RECOVERY_MS = 8_000;

class HungError extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new HungError(`${what}: no answer within ${ms} ms (hung)`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.runIf(runOwnClusterTests())("PostgreSQL connection loss", () => {
  let cluster: Cluster;
  let database: Database;
  let pool: ResilientPool;

  beforeAll(async () => {
    cluster = await ownCluster();
    database = await openMigratedDatabase({ mode: "postgres", url: cluster.url });
    pool = database.pool!;
    await database.sql.exec(
      `CREATE TABLE load_probe (id serial PRIMARY KEY, worker int NOT NULL, at timestamptz DEFAULT now())`,
    );
  }, 60_000);

  afterAll(async () => {
    // Bounded: with a broken pool close() could wait forever, and the server must not outlive the run.
    try {
      await Promise.race([database?.close(), sleep(5_000)]);
    } finally {
      cluster?.stop();
    }
  });

  /** One interactive transaction that is mid-way (sleeping on the server) most of the time. */
  const transaction = (worker: number) =>
    database.prisma.$transaction(async (tx) => {
      await tx.$executeRaw`INSERT INTO load_probe (worker) VALUES (${worker})`;
      await tx.$queryRaw`SELECT pg_sleep(0.03)::text`;
      return tx.user.count();
    });

  const terminateClientBackends = async () => {
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    try {
      const result = await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE pid <> pg_backend_pid() AND backend_type = 'client backend' AND datname = current_database()`,
      );
      return result.rowCount ?? 0;
    } finally {
      await admin.end();
    }
  };

  /** Polls until a transaction and a plain query both succeed; returns how long that took. */
  const recovered = async () => {
    const started = Date.now();
    let lastError: unknown;
    while (Date.now() - started < RECOVERY_MS) {
      try {
        await withTimeout(transaction(-1), 3_000, "transaction");
        await withTimeout(database.prisma.user.count(), 3_000, "query");
        await withTimeout(database.sql.query("SELECT 1"), 3_000, "health query");
        return Date.now() - started;
      } catch (error) {
        lastError = error;
        await sleep(200);
      }
    }
    throw new Error(`not recovered within ${RECOVERY_MS} ms: ${String(lastError)}`);
  };

  it("recovers from killed backends and a server crash-restart in the middle of a load", async () => {
    const counts = { ok: 0, failed: 0 };
    let running = true;
    const worker = async (n: number) => {
      while (running) {
        try {
          // Bounded: a stuck pool fails the test instead of hanging it.
          await withTimeout(
            n % 3 === 0 ? database.prisma.user.count() : transaction(n),
            15_000,
            `worker ${n}`,
          );
          counts.ok++;
        } catch (error) {
          if (error instanceof HungError) throw error;
          counts.failed++;
          await sleep(20);
        }
      }
    };
    const workers = Array.from({ length: 8 }, (_, n) => worker(n));
    try {
      await sleep(1_000);
      expect(counts.ok).toBeGreaterThan(0);

      // 1. Kill every connection, most of them inside a transaction.
      expect(await terminateClientBackends()).toBeGreaterThan(0);
      const afterKill = await recovered();

      // 2. Kill them again, then crash-stop the server and start it again.
      await sleep(500);
      await terminateClientBackends();
      await sleep(300);
      cluster.stopServer("immediate");
      await sleep(1_500);
      cluster.startServer();
      const afterRestart = await recovered();
      console.log(
        `[pg-connection-loss] recovered in ${afterKill} ms after pg_terminate_backend and ${afterRestart} ms after the restart; ` +
          `${counts.ok} operations succeeded, ${counts.failed} failed during the faults`,
      );
      const okBefore = counts.ok;
      await sleep(1_000);
      expect(counts.ok).toBeGreaterThan(okBefore);
    } finally {
      running = false;
      await Promise.all(workers);
    }

    // Nothing leaked: every connection is back in the pool (or destroyed).
    await sleep(200);
    expect(pool.waitingCount).toBe(0);
    expect(pool.checkedOutCount).toBe(0);
    // And the pool still has its full capacity: `max` transactions at once succeed.
    await withTimeout(
      Promise.all(Array.from({ length: 10 }, (_, n) => transaction(100 + n))),
      10_000,
      "full pool of transactions",
    );
    expect(pool.checkedOutCount).toBe(0);
  }, 90_000);

  it("survives idle connections dying (no unhandled error) and double releases", async () => {
    // Fill the pool with idle connections, then kill them while idle.
    await Promise.all(Array.from({ length: 5 }, () => database.sql.query("SELECT pg_sleep(0.05)")));
    expect(pool.idleCount).toBeGreaterThan(0);
    await terminateClientBackends();
    await sleep(300);
    expect(await withTimeout(database.prisma.user.count(), 5_000, "query after idle deaths")).toBe(0);

    const client = await pool.connect();
    client.release();
    expect(() => client.release()).not.toThrow();
    expect(pool.checkedOutCount).toBe(0);
  });

  it("bounds the wait for a connection when every one is checked out (a stuck pool)", async () => {
    const held = await Promise.all(Array.from({ length: 10 }, () => pool.connect()));
    const previous = holder.__kintsugiDatabase;
    try {
      let started = Date.now();
      await expect(database.sql.query("SELECT 1")).rejects.toThrow(/timeout/);
      expect(Date.now() - started).toBeLessThan(7_000);
      // /api/health answers within its 3 s budget, not ready.
      holder.__kintsugiDatabase = database;
      started = Date.now();
      expect(await checkHealth()).toMatchObject({ status: "unavailable", database: "postgres" });
      expect(Date.now() - started).toBeLessThan(4_000);
    } finally {
      holder.__kintsugiDatabase = previous;
      for (const client of held) client.release();
    }
    expect(await database.sql.query("SELECT 1 AS one")).toEqual([{ one: 1 }]);
  }, 20_000);

  it("sets the server-side timeouts on every connection", async () => {
    const [row] = await database.sql.query(
      `SELECT current_setting('statement_timeout') AS statement, current_setting('idle_in_transaction_session_timeout') AS idle`,
    );
    expect(row).toEqual({ statement: "30s", idle: "30s" });
  });
});
