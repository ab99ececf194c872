// Counts the SQL statements the app sends, for `npm run bench` (which starts
// the server with KINTSUGI_COUNT_STATEMENTS=1 and asks for the figure over
// IPC: scripts/lib/bench-stats.ts). Off otherwise: Prisma then builds no
// query events at all. A global, because the server's bundle and the script
// that started it load this module separately.
const holder = globalThis as unknown as { __kintsugiStatementCount?: number };

export function countingStatements(): boolean {
  return process.env.KINTSUGI_COUNT_STATEMENTS === "1";
}

export function countStatement(): void {
  holder.__kintsugiStatementCount = (holder.__kintsugiStatementCount ?? 0) + 1;
}

/** Statements sent since the process started (0 when not counting). */
export function statementCount(): number {
  return holder.__kintsugiStatementCount ?? 0;
}
