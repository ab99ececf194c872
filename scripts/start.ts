// npm start: the production server (after `npm run build`).
//   - refuses a Node.js below the minimum, warns on an end-of-life one;
//   - validates the environment (lib/env-schema.ts) and exits with the list
//     of problems, e.g. a missing or weak NEXTAUTH_SECRET with PostgreSQL;
//   - says "run npm run build first" when there is no build;
//   - applies migrations at start (instrumentation.ts → server/startup.ts);
//   - serves with the peer-address header and stops gracefully on
//     SIGTERM/SIGINT (scripts/lib/serve.ts).
import { checkNodeOrExit, loadEnvOrExit } from "./lib/startup-checks";
import { answerBenchStats } from "./lib/bench-stats";
import { serve } from "./lib/serve";

checkNodeOrExit();
// Like `next start`: a production server runs with NODE_ENV=production.
if (process.env.NODE_ENV !== "production") {
  if (process.env.NODE_ENV)
    console.warn(`NODE_ENV=${process.env.NODE_ENV} ignored: npm start runs in production.`);
  (process.env as Record<string, string>).NODE_ENV = "production";
}

const env = loadEnvOrExit();
answerBenchStats();

serve({ env, dev: false }).catch((error: unknown) => {
  console.error("[kintsugi] could not start:", error);
  process.exit(1);
});
