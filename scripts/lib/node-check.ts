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
