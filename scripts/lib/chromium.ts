// Which Chromium the browser tests drive. Debian's chromium-headless-shell
// first: Playwright's own default for headless runs, it skips the full
// browser's UI and takes about a quarter less CPU than `chromium --headless`
// on this 2-core machine (the end-to-end stage is CPU-bound). The full
// browser works too.
import fs from "node:fs";

export const CHROMIUM_CANDIDATES = ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium"];

/** CHROME_PATH when set, else the first Chromium installed here (undefined: none). */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHROME_PATH) return env.CHROME_PATH;
  return CHROMIUM_CANDIDATES.find((candidate) => fs.existsSync(candidate));
}
