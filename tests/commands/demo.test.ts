// npm run demo from an empty data folder: migrates, loads the demo data,
// reuses the production build when it is fresh (npm test's e2e stage made
// it, or global-setup.ts) and runs the same server as npm start.
import { afterEach, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, demoAccounts } from "../../prisma/seed/demo";
import {
  DB_SHUTDOWNED,
  cleanEnv,
  freePort,
  pgliteClusterState,
  signIn,
  startNpm,
  tempDir,
  waitForHealth,
  type Running,
} from "./support";

let running: Running | null = null;
let removeData: (() => void) | null = null;
afterEach(async () => {
  await running?.stop("SIGKILL");
  removeData?.();
});

describe("npm run demo", () => {
  it("starts with the demo data on a new data folder, a demo account signs in, Ctrl+C stops it cleanly", async () => {
    const data = tempDir("kintsugi-demo-");
    removeData = data.remove;
    const port = await freePort();
    running = startNpm(["run", "demo"], cleanEnv({ KINTSUGI_DATA_DIR: data.dir, PORT: String(port) }));

    // global-setup.ts made sure the build is fresh: the demo reuses it.
    expect(await waitForHealth(running, port, 330_000)).toEqual({ status: "ok", database: "embedded" });
    const output = running.output();
    expect(output).toContain(`Embedded database in ${data.dir}`);
    expect(output).toContain("Loading demo data");
    expect(output).toContain("Build is up to date.");
    expect(output).toContain("production server ready");
    expect(output).toContain(`Kintsugi is running at http://localhost:${port}`);
    for (const account of demoAccounts) expect(output).toContain(account.email);

    const base = `http://127.0.0.1:${port}`;
    const admin = demoAccounts[0]!.email;
    expect(await signIn(base, admin, DEMO_PASSWORD)).toMatch(/^ey/);
    expect(await signIn(base, admin, `${DEMO_PASSWORD}-wrong`)).toBeNull();

    // Ctrl+C in a terminal: SIGINT to the whole foreground process group.
    const finished = await running.stop("SIGINT");
    running = null;
    expect(finished.output).toContain("SIGINT: finishing requests in progress");
    expect(finished.output).toContain("[kintsugi] stopped.");
    expect(pgliteClusterState(data.dir)).toBe(DB_SHUTDOWNED);
  });
});
