// Runs once when a server starts: brings the database schema up to date.
// Several servers sharing one PostgreSQL take turns (advisory lock).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { migrateOnStart } = await import("./server/startup");
  await migrateOnStart();
}
