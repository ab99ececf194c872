// The app as Playwright sees it (playwright.config.ts starts this): the
// documented production path, `npm run build` then `npm start`, on a fresh
// database migrated and seeded with the e2e world (e2e/support/world.ts):
//
//   - TEST_DATABASE_URL set (npm test passes its throwaway PostgreSQL, CI its
//     own): a new database kintsugi_e2e_<port> on that server, and `npm start`
//     with DATABASE_URL pointing at it and the NEXTAUTH_SECRET production
//     requires;
//   - otherwise: the embedded database in a temp folder.
//
// The database (or folder) is removed when the server has stopped.
//
// `npm run build` is skipped when the build is newer than every source file
// (scripts/lib/build-freshness.ts, as for npm run demo).
//
//   E2E_SKIP_BUILD=1   reuse the existing build even when it is older (when .next/BUILD_ID exists)
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { e2eDatabaseMode, e2eDatabaseName } from "../e2e/support/database";
import { seedE2eWorld } from "../e2e/support/world";
import { openMigratedDatabase, type DatabaseTarget } from "../lib/db/connect";
import { buildIsFresh } from "./lib/build-freshness";
import { createFreshDatabase, dropDatabase, isLocalDatabaseUrl } from "./lib/scratch-postgres";
import { hasProductionBuild } from "./lib/serve";

const HOST = "127.0.0.1";
const PORT = Number(process.env.E2E_PORT ?? 3100);
const OIDC_PORT = Number(process.env.OIDC_PORT ?? 3101);
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

function log(message: string) {
  console.log(`[e2e] ${message}`);
}

/** House rule: end-to-end tests never run against a database that is not on this machine. */
function refuseRemoteDatabase(name: string, url: string | undefined) {
  if (url && !isLocalDatabaseUrl(url)) {
    console.error(
      `[e2e] Refusing to run: ${name} points at a server that is not this machine. ` +
        "End-to-end tests use a throwaway database on a local server (or the embedded one).",
    );
    process.exit(1);
  }
}

type Prepared = { env: Record<string, string>; cleanup: () => Promise<void>; where: string };

async function prepareDatabase(): Promise<Prepared> {
  if (e2eDatabaseMode() === "postgres") {
    const serverUrl = process.env.TEST_DATABASE_URL!;
    const name = e2eDatabaseName(PORT);
    const url = await createFreshDatabase(serverUrl, name);
    return {
      env: { DATABASE_URL: url },
      cleanup: () => dropDatabase(serverUrl, name),
      where: `PostgreSQL database ${name}`,
    };
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kintsugi-e2e-"));
  return {
    env: { KINTSUGI_DATA_DIR: dataDir },
    cleanup: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
    where: `embedded database in ${dataDir}`,
  };
}

let cleanup: () => Promise<void> = async () => {};

async function finish(code: number): Promise<never> {
  await cleanup().catch((error: unknown) => console.error("[e2e] cleanup failed:", error));
  process.exit(code);
}

async function main() {
  refuseRemoteDatabase("TEST_DATABASE_URL", process.env.TEST_DATABASE_URL);
  if (process.env.DATABASE_URL) log("Ignoring DATABASE_URL: the e2e server makes its own database.");

  // Until `npm start` runs a signal ends this process (cleaning up); after
  // that the server's exit does (it stops on the same signal: Playwright
  // signals the whole process group).
  let server: ChildProcess | null = null;
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      if (server) server.kill(signal);
      else void finish(1);
    });
  }

  let started = Date.now();
  const prepared = await prepareDatabase();
  cleanup = prepared.cleanup;
  const env: Record<string, string | undefined> = {
    ...process.env,
    ...prepared.env,
    PORT: String(PORT),
    HOST,
    NEXTAUTH_URL: `http://${HOST}:${PORT}`,
    NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
    OIDC_ISSUER: `http://${HOST}:${OIDC_PORT}`,
    OIDC_CLIENT_ID: "kintsugi-e2e",
    OIDC_CLIENT_SECRET: "e2e-secret-change-me-0123456789",
    OIDC_NAME: "Test SSO",
    // Two browsers, the runner and the app share two cores: a busy moment must not fail a sign-in.
    OIDC_HTTP_TIMEOUT_MS: "30000",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  if (!prepared.env.DATABASE_URL) delete env.DATABASE_URL;
  delete env.NODE_ENV;

  const target: DatabaseTarget = env.DATABASE_URL
    ? { mode: "postgres", url: env.DATABASE_URL }
    : { mode: "embedded", dataDir: env.KINTSUGI_DATA_DIR! };
  const database = await openMigratedDatabase(target);
  try {
    await seedE2eWorld(database.prisma);
  } finally {
    await database.close();
  }
  log(`${prepared.where}: migrated and seeded in ${Date.now() - started} ms`);

  if (process.env.E2E_SKIP_BUILD === "1" && hasProductionBuild()) {
    log("E2E_SKIP_BUILD=1: using the existing build");
  } else if (buildIsFresh()) {
    // As npm run demo does: a build newer than every source is what `npm run build` would make.
    log("The build is newer than the sources: using it (touch a source file to rebuild)");
  } else {
    started = Date.now();
    log("npm run build ...");
    const build = spawnSync(npm, ["run", "build"], { stdio: "inherit", env: env as NodeJS.ProcessEnv });
    if (build.status !== 0) {
      console.error(`[e2e] npm run build failed (exit ${build.status ?? build.signal})`);
      await finish(1);
    }
    log(`built in ${Math.round((Date.now() - started) / 1000)} s`);
  }

  log(`npm start (${target.mode}) on http://${HOST}:${PORT}`);
  server = spawn(npm, ["start"], { stdio: "inherit", env: env as NodeJS.ProcessEnv });
  server.on("exit", (code, signal) => {
    if (code !== 0) console.error(`[e2e] npm start ended with ${code ?? signal}`);
    void finish(code ?? (signal ? 0 : 1));
  });
}

main().catch(async (error: unknown) => {
  console.error("[e2e]", error);
  await finish(1);
});
