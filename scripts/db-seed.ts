// `npm run db:seed`: loads the demo data into the configured database if it is empty.
import { closeDatabaseOnSignals, openMigratedDatabase } from "../lib/db/connect";
import { DataDirLockedError } from "../lib/db/data-dir-lock";
import { loadEnv } from "../lib/env-schema";
import { seedDemo } from "../prisma/seed/demo";

async function main() {
  const env = loadEnv(process.env);
  const db = closeDatabaseOnSignals(
    await openMigratedDatabase(
      env.databaseMode === "postgres"
        ? { mode: "postgres", url: env.DATABASE_URL! }
        : { mode: "embedded", dataDir: env.dataDir },
    ),
  );
  try {
    if ((await db.prisma.user.count()) > 0) {
      console.log("The database already has users: demo data not loaded.");
      return;
    }
    await seedDemo(db.prisma);
    console.log(`Demo data loaded (${env.databaseMode}).`);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof DataDirLockedError ? error.message : error);
  process.exit(1);
});
