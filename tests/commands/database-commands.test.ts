// npm run db:deploy and npm run db:seed against a fresh PostgreSQL database,
// then npm run dev on it until its health answers. Needs a PostgreSQL server
// for the tests (TEST_DATABASE_URL; npm test provides one when PostgreSQL is
// installed).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readMigrations } from "../../lib/db/migrate";
import {
  cleanEnv,
  freePort,
  runNpm,
  scratchPostgres,
  serverPid,
  startNpm,
  waitForHealth,
  type Running,
} from "./support";

const hasPostgres = Boolean(process.env.TEST_DATABASE_URL);

describe.skipIf(!hasPostgres)("database commands on PostgreSQL", () => {
  let database: { url: string; drop: () => Promise<void> };
  let dev: Running | null = null;

  beforeAll(async () => {
    database = (await scratchPostgres("kintsugi_commands"))!;
  });
  afterAll(async () => {
    await dev?.stop("SIGKILL");
    await database?.drop();
  });

  it("db:deploy applies every migration to a fresh database, then finds it up to date", async () => {
    const first = await runNpm(["run", "db:deploy"], cleanEnv({ DATABASE_URL: database.url }));
    expect(first.code, first.output).toBe(0);
    expect(first.output).toContain("Migrating PostgreSQL (DATABASE_URL)");
    for (const migration of readMigrations()) expect(first.output).toContain(`applied ${migration.name}`);

    const again = await runNpm(["run", "db:deploy"], cleanEnv({ DATABASE_URL: database.url }));
    expect(again.code, again.output).toBe(0);
    expect(again.output).toContain(
      `Up to date: all ${readMigrations().length} migrations were applied before.`,
    );
  });

  it("db:seed loads the demo data into the empty database once", async () => {
    const first = await runNpm(["run", "db:seed"], cleanEnv({ DATABASE_URL: database.url }));
    expect(first.code, first.output).toBe(0);
    expect(first.output).toContain("Demo data loaded (postgres).");

    const again = await runNpm(["run", "db:seed"], cleanEnv({ DATABASE_URL: database.url }));
    expect(again.code, again.output).toBe(0);
    expect(again.output).toContain("The database already has users: demo data not loaded.");
  });

  it("npm run dev serves that database, and stops when npm is stopped", async () => {
    const port = await freePort();
    dev = startNpm(["run", "dev"], cleanEnv({ DATABASE_URL: database.url, PORT: String(port) }));
    expect(await waitForHealth(dev, port, 180_000)).toEqual({ status: "ok", database: "postgres" });
    expect(dev.output()).toContain("development server ready");
    serverPid(dev.output());

    // SIGTERM to npm alone: npm passes it to the shell only; the server notices and stops.
    const finished = await dev.signal(dev.child.pid!, "SIGTERM");
    dev = null;
    expect(finished.output).toContain("[kintsugi] stopped.");
  });
});
