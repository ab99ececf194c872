// npm run dev: the development server (hot reload) on the same server code
// as `npm start` (scripts/lib/serve.ts): the peer-address header, and
// Ctrl+C closes the database cleanly. Migrations run at start
// (instrumentation.ts).
import { checkNodeOrExit, loadEnvOrExit } from "./lib/startup-checks";
import { serve } from "./lib/serve";

checkNodeOrExit();
(process.env as Record<string, string>).NODE_ENV = "development";

const env = loadEnvOrExit();

serve({ env, dev: true }).catch((error: unknown) => {
  console.error("[kintsugi] could not start:", error);
  process.exit(1);
});
