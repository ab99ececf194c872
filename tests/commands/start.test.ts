// npm start: the production server (scripts/start.ts, scripts/lib/serve.ts).
// Uses the existing production build (npm test's e2e stage made it); the test
// that needs it says so when it is missing.
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { hasProductionBuild } from "../../scripts/lib/serve";
import {
  DB_SHUTDOWNED,
  cleanEnv,
  freePort,
  pgliteClusterState,
  runNpm,
  serverPid,
  startNpm,
  tempDir,
  waitForHealth,
  type Running,
} from "./support";

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function scratch(prefix: string) {
  const t = tempDir(prefix);
  cleanups.push(t.remove);
  return t.dir;
}

describe("npm start refuses to run", () => {
  it("without a production build, and says to build first", async () => {
    const emptyBuild = scratch("kintsugi-nobuild-");
    const dataDir = scratch("kintsugi-data-");
    const result = await runNpm(
      ["start"],
      cleanEnv({ NEXT_DIST_DIR: path.relative(process.cwd(), emptyBuild), KINTSUGI_DATA_DIR: dataDir }),
    );
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/There is no production build in .*: run npm run build first/);
    expect(fs.existsSync(path.join(dataDir, "pglite"))).toBe(false);
  });

  it("with PostgreSQL and no NEXTAUTH_SECRET, or a weak one, before touching the database", async () => {
    // Nothing listens on port 9: the database is never reached.
    const env = { DATABASE_URL: "postgresql://kintsugi@127.0.0.1:9/kintsugi" };
    const missing = await runNpm(["start"], cleanEnv(env));
    expect(missing.code).toBe(1);
    expect(missing.output).toContain("NEXTAUTH_SECRET: is required with PostgreSQL in production");
    expect(missing.output).toContain("openssl rand -base64 32");

    const weak = await runNpm(["start"], cleanEnv({ ...env, NEXTAUTH_SECRET: "abc" }));
    expect(weak.code).toBe(1);
    expect(weak.output).toContain("NEXTAUTH_SECRET: is too weak to sign sessions");

    const repeated = await runNpm(
      ["start"],
      cleanEnv({ ...env, NEXTAUTH_SECRET: "kintsugi-secret-".repeat(8) }),
    );
    expect(repeated.code).toBe(1);
    expect(repeated.output).toContain("NEXTAUTH_SECRET: is too weak to sign sessions");
  });

  it("on a busy port, without opening the data folder", async () => {
    const busy = net.createServer();
    await new Promise<void>((resolve) => busy.listen(0, "127.0.0.1", resolve));
    cleanups.push(() => new Promise((resolve) => busy.close(resolve)));
    const port = (busy.address() as net.AddressInfo).port;
    const dataDir = scratch("kintsugi-data-");
    const result = await runNpm(
      ["start"],
      cleanEnv({ PORT: String(port), HOST: "127.0.0.1", KINTSUGI_DATA_DIR: dataDir }),
    );
    expect(result.code).toBe(1);
    expect(result.output).toContain(`Port ${port} is in use`);
    expect(fs.existsSync(path.join(dataDir, "pglite"))).toBe(false);
  });
});

describe("npm start", () => {
  it("migrates before it announces itself ready, serves, and stops cleanly on SIGTERM", async () => {
    expect(
      hasProductionBuild(),
      "no production build: run npm run build (npm test's e2e stage makes one)",
    ).toBe(true);
    const dataDir = scratch("kintsugi-data-");
    const port = await freePort();
    const server: Running = startNpm(["start"], cleanEnv({ PORT: String(port), KINTSUGI_DATA_DIR: dataDir }));
    cleanups.push(() => server.stop("SIGKILL"));

    expect(await waitForHealth(server, port, 120_000)).toEqual({ status: "ok", database: "embedded" });
    const output = server.output();
    expect(output).toMatch(/applied migrations: \d{14}_init/);
    expect(output.indexOf("applied migrations")).toBeLessThan(output.indexOf("production server ready"));

    // Pages answer too (sign-in is public).
    const page = await fetch(`http://127.0.0.1:${port}/sign-in`);
    expect(page.status).toBe(200);
    await page.body?.cancel();

    // SIGTERM to the server (a process manager's stop): it drains, closes the database and exits 0,
    // and npm start with it.
    const finished = await server.signal(serverPid(output), "SIGTERM");
    expect(finished.output).toContain("SIGTERM: finishing requests in progress");
    expect(finished.output).toContain("[kintsugi] stopped.");
    expect(finished.code).toBe(0);
    // PGlite was closed, not killed: its cluster is marked shut down (a kill leaves "in production").
    expect(pgliteClusterState(dataDir)).toBe(DB_SHUTDOWNED);
  });
});
