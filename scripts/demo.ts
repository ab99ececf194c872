// `npm run demo`: the embedded database with demo data, built and started.
// 1. apply migrations to the embedded database (./data by default)
// 2. load demo data if the database is empty (a second run keeps your data)
// 3. build the app (skipped when the build is newer than the sources)
// 4. start it on $PORT (3000) and print the URL and the demo accounts
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { closeDatabaseOnSignals, openMigratedDatabase } from "../lib/db/connect";
import { DataDirLockedError } from "../lib/db/data-dir-lock";
import { loadEnv } from "../lib/env-schema";
import { DEMO_PASSWORD, demoAccounts, seedDemo } from "../prisma/seed/demo";
import { buildIsFresh } from "./lib/build-freshness";

const nextBin = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");

async function main() {
  const env = loadEnv(process.env);
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
    const build = spawnSync(process.execPath, [nextBin, "build"], {
      stdio: "inherit",
      env: { ...process.env, NODE_ENV: "production" },
    });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }

  const url = env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`;
  const server = spawn(process.execPath, [nextBin, "start", "-p", String(env.PORT)], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, NODE_ENV: "production", NEXTAUTH_URL: url },
  });
  let announced = false;
  server.stdout.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (!announced && /ready|started|Local:/i.test(chunk.toString())) {
      announced = true;
      printBanner(url);
    }
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
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
