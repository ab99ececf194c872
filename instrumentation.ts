// Runs once when a server starts: brings the database schema up to date,
// retrying in the background while the database is unreachable (/api/health
// answers "starting" until then), and closes the database on SIGINT/SIGTERM.
// Several servers sharing one PostgreSQL take turns (advisory lock).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { migrateOnStart } = await import("./server/startup");
  await migrateOnStart();
}
