// Runs once before the command tests: makes the production build they share
// (npm start and npm run demo serve it) when it is missing or older than the
// sources, so that no test builds while another one serves the build.
// In `npm test` the end-to-end stage has just made it.
import { spawnSync } from "node:child_process";
import { buildIsFresh } from "../../scripts/lib/build-freshness";

export default function setup() {
  if (buildIsFresh()) return;
  console.log("[commands] the build is older than the sources: npm run build ...");
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const build = spawnSync(npm, ["run", "build"], { stdio: "inherit" });
  if (build.status !== 0) throw new Error(`npm run build failed (exit ${build.status ?? build.signal})`);
}
