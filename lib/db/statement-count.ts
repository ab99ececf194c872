// Counts the SQL statements the app sends, for `npm run bench` (which starts
// the server with KINTSUGI_COUNT_STATEMENTS=1 and asks for the figure over
// IPC: scripts/lib/bench-stats.ts). Off otherwise: Prisma then builds no
// query events at all. A global, because the server's bundle and the script
// that started it load this module separately.
const holder = globalThis as unknown as { __kintsugiStatementCount?: number };

// KINTSUGI_COUNT_STATEMENTS=print also logs each statement (to see what a page sends).
export function countingStatements(): boolean {
  const value = process.env.KINTSUGI_COUNT_STATEMENTS;
  return value === "1" || value === "print";
}

export function countStatement(event?: { query: string }): void {
  holder.__kintsugiStatementCount = (holder.__kintsugiStatementCount ?? 0) + 1;
  if (event && process.env.KINTSUGI_COUNT_STATEMENTS === "print")
    console.log(`[sql ${holder.__kintsugiStatementCount}] ${event.query.slice(0, 300)}`);
}

/** Statements sent since the process started (0 when not counting). */
export function statementCount(): number {
  return holder.__kintsugiStatementCount ?? 0;
}
