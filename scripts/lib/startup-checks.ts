import { loadEnv, type Env } from "../../lib/env-schema";
import { checkNodeSupport, nodeSupportMessage } from "../../lib/node-support";

/**
 * Run first by npm start, npm run demo and npm run dev: refuses a Node.js
 * below the minimum (exit 1), warns on one past its end of life.
 */
export function checkNodeOrExit(): void {
  const support = checkNodeSupport(process.versions.node);
  const message = nodeSupportMessage(support);
  if (!message) return;
  console.error(message);
  if (support.status === "too-old") process.exit(1);
}

/**
 * The validated environment, or the list of what is wrong with it and exit 1:
 * how npm start, npm run demo and npm run dev begin.
 */
export function loadEnvOrExit(): Env {
  try {
    return loadEnv(process.env);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    console.error(
      "Fix these settings (see .env.example and the README's Configuration section) and start again.",
    );
    process.exit(1);
  }
}
