// `npm run demo`: the embedded database with demo data, built and started.
// 1. apply migrations to the embedded database (./data by default)
// 2. load demo data if the database is empty (a second run keeps your data)
// 3. build the app with `npm run build` (skipped when the build is newer than the sources)
// 4. run the production server of `npm start` (scripts/lib/serve.ts) on $PORT
//    (3000) and print the URL and the demo accounts
import { spawnSync } from "node:child_process";
import { closeDatabaseOnSignals, openMigratedDatabase } from "../lib/db/connect";
import { DataDirLockedError } from "../lib/db/data-dir-lock";
import { DEMO_PASSWORD, demoAccounts, seedDemo } from "../prisma/seed/demo";
import { buildIsFresh } from "./lib/build-freshness";
import { checkNodeOrExit, loadEnvOrExit } from "./lib/startup-checks";
import { serve } from "./lib/serve";

async function main() {
  checkNodeOrExit();
  (process.env as Record<string, string>).NODE_ENV = "production";
  const env = loadEnvOrExit();
  if (env.databaseMode !== "embedded") {
    console.log(
      "DATABASE_URL is set: `npm run demo` is for the embedded database. Use `npm run build && npm start`.",
    );
    process.exit(1);
  }
  console.log(`Embedded database in ${env.dataDir}`);
  // Locks the data folder (a second `npm run demo` stops here with the holder's
  // name) and closes the database cleanly if interrupted while seeding.
  const db = closeDatabaseOnSignals(await openMigratedDatabase({ mode: "embedded", dataDir: env.dataDir }));
  try {
    if ((await db.prisma.user.count()) === 0) {
      console.log("Loading demo data…");
      await seedDemo(db.prisma);
    } else {
      console.log("Existing data kept (demo data is loaded only into an empty database).");
    }
  } finally {
    await db.close();
  }

  if (buildIsFresh()) {
    console.log("Build is up to date.");
  } else {
    console.log("Building the app (about a minute the first time)…");
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    const build = spawnSync(npm, ["run", "build"], { stdio: "inherit", env: process.env });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }

  await serve({ env, dev: false, onReady: printBanner });
}

function printBanner(url: string) {
  const width = Math.max(...demoAccounts.map((a) => a.email.length));
  console.log(`\n  Kintsugi is running at ${url}\n`);
  console.log(`  Demo accounts (password for all: ${DEMO_PASSWORD}):`);
  for (const a of demoAccounts)
    console.log(`    ${a.email.padEnd(width)}  ${a.role}${a.team ? ` · ${a.team}` : ""}`);
  console.log("\n  Stop with Ctrl+C. Your data stays in the data folder.\n");
}

main().catch((error: unknown) => {
  console.error(error instanceof DataDirLockedError ? error.message : error);
  process.exit(1);
});
