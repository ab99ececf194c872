// Starting while PostgreSQL is down (issue 8, fault 3): the server keeps
// serving /api/health as "starting" (503), retries the migrations, and turns
// ok within seconds of the database coming up, with the schema in place.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "@/lib/db/connect";
import { readMigrations } from "@/lib/db/migrate";
import type { Cluster } from "@/scripts/lib/pg-cluster";
import { checkHealth } from "@/server/health";
import { getReadiness, migrateOnStart, resetStartupForTests } from "@/server/startup";
import { databaseUrl, withAdminClient } from "./db";
import { ownCluster, runOwnClusterTests } from "./support/own-cluster";

const holder = globalThis as unknown as { __kintsugiDatabase?: Database };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.runIf(runOwnClusterTests())("starting while PostgreSQL is down", () => {
  let cluster: Cluster;
  let appDatabase: Database;
  let fileDatabase: Database | undefined;

  beforeAll(async () => {
    cluster = await ownCluster();
    await withAdminClient(cluster.url, (c) => c.query(`CREATE DATABASE app`));
    cluster.stopServer("immediate");
    // The app's database (lib/db.ts) is this server's, down for now.
    fileDatabase = holder.__kintsugiDatabase;
    appDatabase = openDatabase({ mode: "postgres", url: databaseUrl(cluster.url, "app") });
    holder.__kintsugiDatabase = appDatabase;
    resetStartupForTests();
  }, 60_000);

  afterAll(async () => {
    resetStartupForTests();
    holder.__kintsugiDatabase = fileDatabase;
    try {
      await Promise.race([appDatabase?.close(), sleep(5_000)]);
    } finally {
      cluster?.stop();
    }
  });

  it("reports not ready while the database is down, then migrates and reports ok once it is up", async () => {
    const errors: unknown[] = [];
    const onUnhandled = (error: unknown) => errors.push(error);
    process.on("unhandledRejection", onUnhandled);
    try {
      await migrateOnStart({ initialDelayMs: 200, maxDelayMs: 1_000 });
      expect(getReadiness()).toMatchObject({ state: "starting" });

      // /api/health answers 503 for anything but "ok".
      const body = await checkHealth();
      expect(body.status).toBe("starting");
      expect((body as { reason: string }).reason).toMatch(/not reachable|ECONNREFUSED/);

      // Pages fail (the database is down) but nothing crashes; retries go on.
      await expect(appDatabase.prisma.user.count()).rejects.toThrow();
      await sleep(1_500);
      expect(getReadiness()).toMatchObject({ state: "starting" });
      expect((getReadiness() as { attempts: number }).attempts).toBeGreaterThan(1);

      cluster.startServer();
      const started = Date.now();
      while ((await checkHealth()).status !== "ok") {
        if (Date.now() - started > 10_000) throw new Error(`not ready 10 s after the database came up`);
        await sleep(100);
      }
      console.log(`[pg-start-while-down] ready ${Date.now() - started} ms after the database came up`);

      expect(await checkHealth()).toEqual({ status: "ok", database: "postgres" });
      expect(getReadiness()).toMatchObject({ state: "ready" });
      const applied = await appDatabase.sql.query(`SELECT migration_name FROM "_prisma_migrations"`);
      expect(applied).toHaveLength(readMigrations().length);
      expect(await appDatabase.prisma.user.count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
  }, 60_000);

  it("without startup in the process, health checks the schema itself", async () => {
    resetStartupForTests();
    await withAdminClient(cluster.url, (c) => c.query(`CREATE DATABASE bare`));
    const bare = openDatabase({ mode: "postgres", url: databaseUrl(cluster.url, "bare") });
    holder.__kintsugiDatabase = bare;
    try {
      expect(getReadiness()).toEqual({ state: "idle" });
      expect(await checkHealth()).toMatchObject({
        status: "starting",
        reason: expect.stringMatching(/not applied/),
      });
    } finally {
      holder.__kintsugiDatabase = appDatabase;
      await bare.close();
    }
    expect(await checkHealth()).toEqual({ status: "ok", database: "postgres" });
  });
});
