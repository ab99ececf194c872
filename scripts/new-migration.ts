// npm run db:new-migration -- <name>
//
// Writes prisma/migrations/<UTC timestamp>_<name>/migration.sql with the SQL
// that turns the schema as of the last migration (the committed snapshot
// prisma/migrations/schema.snapshot.prisma) into prisma/schema.prisma, then
// updates the snapshot. Schema to schema, no database: `prisma migrate dev`
// does not work with the driver adapters here (see docs/ARCHITECTURE.md).
// Review the SQL before committing it; add data changes by hand.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const schemaFile = path.join("prisma", "schema.prisma");
const migrationsDir = path.join("prisma", "migrations");
const snapshotFile = path.join(migrationsDir, "schema.snapshot.prisma");

function utcTimestamp(date = new Date()) {
  const pad = (n: number) => String(n).padStart(2, "0");
  return (
    `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}`
  );
}

/** True when the script has no statements (Prisma prints "-- This is an empty migration."). */
function isEmptyMigration(sql: string) {
  return sql
    .split("\n")
    .map((line) => line.trim())
    .every((line) => line === "" || line.startsWith("--"));
}

function main() {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9][a-z0-9_]*$/.test(name) || process.argv.length > 3) {
    console.error(
      "Usage: npm run db:new-migration -- <name>   (lower-case letters, digits and _, e.g. add_team_color)",
    );
    process.exit(2);
  }
  if (!fs.existsSync(snapshotFile)) {
    console.error(`${snapshotFile} is missing: it must hold schema.prisma as of the last migration.`);
    process.exit(1);
  }
  const prisma = path.resolve("node_modules", ".bin", process.platform === "win32" ? "prisma.cmd" : "prisma");
  console.log(`Comparing ${snapshotFile} with ${schemaFile} (takes about 15 s)...`);
  const sql = execFileSync(
    prisma,
    [
      "migrate",
      "diff",
      "--from-schema-datamodel",
      snapshotFile,
      "--to-schema-datamodel",
      schemaFile,
      "--script",
    ],
    { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 64 * 1024 * 1024 },
  );
  if (isEmptyMigration(sql)) {
    console.log("no changes: schema.prisma matches the last migration, nothing written.");
    return;
  }
  const existing = fs.readdirSync(migrationsDir).filter((d) => /^\d{14}_/.test(d));
  const stamp = utcTimestamp();
  if (existing.some((d) => d.slice(0, 14) >= stamp)) {
    console.error(`A migration at or after ${stamp} exists already: check the clock or the folder names.`);
    process.exit(1);
  }
  const dir = path.join(migrationsDir, `${stamp}_${name}`);
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, "migration.sql"), sql.endsWith("\n") ? sql : `${sql}\n`);
  fs.copyFileSync(schemaFile, snapshotFile);
  console.log(`Wrote ${path.join(dir, "migration.sql")} and updated ${snapshotFile}.`);
  console.log("Read the SQL (data migrations go in by hand), then run the tests and commit both files.");
}

main();
