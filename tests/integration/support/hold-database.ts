// A second process for the data-folder lock tests: opens the embedded
// database in the folder given as argument (migrating it), adds a user whose
// email is the second argument when there is one, prints "ready <pid>" and
// keeps the database open until it is stopped. It closes the database on
// SIGINT/SIGTERM as the app's scripts and servers do.
import { closeDatabaseOnSignals, openMigratedDatabase } from "../../../lib/db/connect";

async function main() {
  const [dataDir, email] = process.argv.slice(2);
  if (!dataDir) throw new Error("usage: hold-database.ts DATA_DIR [EMAIL]");
  const database = closeDatabaseOnSignals(await openMigratedDatabase({ mode: "embedded", dataDir }));
  if (email) await database.prisma.user.create({ data: { email, name: "Held" } });
  console.log(`ready ${process.pid}`);
  setInterval(() => {}, 1 << 30);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(3);
});
