// `npm run bench` starts `npm start`'s server as a child with an IPC channel
// and KINTSUGI_COUNT_STATEMENTS=1. Asked "stats", the server answers with the
// SQL statements it has sent (lib/db/statement-count.ts) and its CPU time, so
// the benchmark can print statements and CPU per request; "profile-start" and
// { profileStop: file } take a V8 CPU profile of the requests in between.
// Nothing listens without both the channel and the variable.
import fs from "node:fs";
import { Session } from "node:inspector/promises";
import { countingStatements, statementCount } from "../../lib/db/statement-count";

export type BenchStats = { statements: number; cpuMicros: number };
export type BenchMessage = "stats" | "profile-start" | { profileStop: string };

export function answerBenchStats() {
  if (!process.send || !countingStatements()) return;
  let session: Session | null = null;
  process.on("message", (message: BenchMessage) => {
    void (async () => {
      if (message === "stats") {
        const cpu = process.cpuUsage();
        const stats: BenchStats = { statements: statementCount(), cpuMicros: cpu.user + cpu.system };
        process.send?.(stats);
      } else if (message === "profile-start") {
        session = new Session();
        session.connect();
        await session.post("Profiler.enable");
        await session.post("Profiler.start");
        process.send?.("profiling");
      } else if (typeof message === "object" && session) {
        const { profile } = await session.post("Profiler.stop");
        fs.writeFileSync(message.profileStop, JSON.stringify(profile));
        session.disconnect();
        session = null;
        process.send?.("profiled");
      }
    })();
  });
}
