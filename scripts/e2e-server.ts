// The app as Playwright sees it (playwright.config.ts starts this):
// a fresh embedded database in a temp folder, migrated and seeded with the
// e2e world (e2e/support/world.ts), then a production build served by
// `next start` on 127.0.0.1:3100. The temp folder is removed at exit.
//
//   E2E_SKIP_BUILD=1   reuse the existing .next build (when .next/BUILD_ID exists)
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { seedE2eWorld } from "../e2e/support/world";
import { openMigratedDatabase } from "../lib/db/connect";

const HOST = "127.0.0.1";
const PORT = Number(process.env.E2E_PORT ?? 3100);
const OIDC_PORT = Number(process.env.OIDC_PORT ?? 3101);

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]", ""]);

/** House rule: end-to-end tests never run against a database that is not on this machine. */
function refuseRemoteDatabase() {
  const url = process.env.DATABASE_URL;
  if (!url) return;
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    host = "(unparseable)";
  }
  if (!LOCAL_HOSTS.has(host)) {
    console.error(
      `[e2e] Refusing to run: DATABASE_URL points at "${host}", not this machine. ` +
        "End-to-end tests use their own throwaway embedded database; unset DATABASE_URL.",
    );
    process.exit(1);
  }
  console.log("[e2e] Ignoring DATABASE_URL (local): the e2e server uses a throwaway embedded database.");
}

function nextBin() {
  return path.resolve("node_modules", ".bin", "next");
}

async function main() {
  refuseRemoteDatabase();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kintsugi-e2e-"));
  const removeDataDir = () => fs.rmSync(dataDir, { recursive: true, force: true });
  process.on("exit", removeDataDir);
  // Until `next start` runs a signal ends this process (removing the folder);
  // after that it is forwarded, and the server's exit ends this process.
  let server: ChildProcess | null = null;
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => (server ? server.kill(signal) : process.exit(1)));
  }

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    KINTSUGI_DATA_DIR: dataDir,
    NEXTAUTH_URL: `http://${HOST}:${PORT}`,
    NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
    OIDC_ISSUER: `http://${HOST}:${OIDC_PORT}`,
    OIDC_CLIENT_ID: "kintsugi-e2e",
    OIDC_CLIENT_SECRET: "e2e-secret-change-me-0123456789",
    OIDC_NAME: "Test SSO",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  delete env.DATABASE_URL;
  delete env.PORT;

  let started = Date.now();
  const database = await openMigratedDatabase({ mode: "embedded", dataDir });
  try {
    await seedE2eWorld(database.prisma);
  } finally {
    await database.close();
  }
  console.log(`[e2e] database in ${dataDir}: migrated and seeded in ${Date.now() - started} ms`);

  const haveBuild = fs.existsSync(path.join(process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"));
  if (process.env.E2E_SKIP_BUILD === "1" && haveBuild) {
    console.log("[e2e] E2E_SKIP_BUILD=1: using the existing .next build");
  } else {
    started = Date.now();
    console.log("[e2e] next build ...");
    const build = spawnSync(nextBin(), ["build"], { stdio: "inherit", env });
    if (build.status !== 0) {
      console.error(`[e2e] next build failed (exit ${build.status ?? build.signal})`);
      process.exit(1);
    }
    console.log(`[e2e] built in ${Math.round((Date.now() - started) / 1000)} s`);
  }

  server = spawn(nextBin(), ["start", "-p", String(PORT), "-H", HOST], { stdio: "inherit", env });
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}

main().catch((error: unknown) => {
  console.error("[e2e]", error);
  process.exit(1);
});
