// `npm run bench` starts `npm start`'s server as a child with an IPC channel
// and KINTSUGI_COUNT_STATEMENTS=1; asked "stats", the server answers with the
// SQL statements it has sent (lib/db/statement-count.ts) and its CPU time, so
// the benchmark can print statements and CPU per request. Nothing listens
// without both the channel and the variable.
import { countingStatements, statementCount } from "../../lib/db/statement-count";

export type BenchStats = { statements: number; cpuMicros: number };

export function answerBenchStats() {
  if (!process.send || !countingStatements()) return;
  process.on("message", (message) => {
    if (message !== "stats") return;
    const cpu = process.cpuUsage();
    const stats: BenchStats = { statements: statementCount(), cpuMicros: cpu.user + cpu.system };
    process.send?.(stats);
  });
}
