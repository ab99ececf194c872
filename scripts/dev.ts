// npm run dev: the development server (hot reload) on the same server code
// as `npm start` (scripts/lib/serve.ts): the peer-address header, and
// Ctrl+C closes the database cleanly. Migrations run at start
// (instrumentation.ts).
import { loadEnv } from "../lib/env-schema";
import { checkNodeOrExit } from "./lib/node-check";
import { serve } from "./lib/serve";

checkNodeOrExit();
(process.env as Record<string, string>).NODE_ENV = "development";

let env;
try {
  env = loadEnv(process.env);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

serve({ env, dev: true }).catch((error: unknown) => {
  console.error("[kintsugi] could not start:", error);
  process.exit(1);
});
