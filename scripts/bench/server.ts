// The app as the page benchmark sees it: `npm start` (the production build)
// on a bench database, started with an IPC channel so it can report the SQL
// statements it sent and its CPU time (scripts/lib/bench-stats.ts), and a
// signed-in session cookie minted with the server's secret for the bench user.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { buildIsFresh } from "../lib/build-freshness";
import type { BenchMessage, BenchStats } from "../lib/bench-stats";
import { freePort } from "../lib/pg-cluster";
import type { BenchWorld } from "./seed";

export type BenchServer = {
  url: string;
  cookie: string;
  stats(): Promise<BenchStats>;
  /** Sends a message to the server and waits for its answer (scripts/lib/bench-stats.ts). */
  ask(message: BenchMessage): Promise<unknown>;
  stop(): Promise<void>;
};

/** Builds the app unless the build is newer than every source (as npm run demo does). */
export function ensureBuild() {
  if (buildIsFresh()) return;
  console.log("npm run build (the build is older than the sources) …");
  const env: Record<string, string | undefined> = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  delete env.NODE_ENV;
  const result = spawnSync(process.platform === "win32" ? "npm.cmd" : "npm", ["run", "build"], {
    stdio: "inherit",
    env: env as NodeJS.ProcessEnv,
  });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status ?? result.signal})`);
}

export async function startBenchServer(
  database: { DATABASE_URL: string } | { KINTSUGI_DATA_DIR: string },
  world: BenchWorld,
): Promise<BenchServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const secret = crypto.randomBytes(32).toString("base64url");
  const env: Record<string, string | undefined> = {
    ...process.env,
    ...database,
    PORT: String(port),
    HOST: "127.0.0.1",
    NEXTAUTH_URL: url,
    NEXTAUTH_SECRET: secret,
    KINTSUGI_COUNT_STATEMENTS: "1",
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_OPTIONS: "",
  };
  delete env.NODE_ENV;
  if (!("DATABASE_URL" in database)) delete env.DATABASE_URL;
  // Without the react-server condition the bench itself runs under.
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", path.join("scripts", "start.ts")], {
    env: env as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe", "ipc"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  await waitForHealth(url, exited, () => output);

  const token = await encode({
    token: { sub: world.userId, uid: world.userId, sid: world.sessionId, sv: 1, authTime: Date.now() },
    secret,
  });
  const cookie = `next-auth.session-token=${token}`;
  const ask = (message: BenchMessage) =>
    new Promise<unknown>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error("the server did not answer the bench request")),
        30_000,
      );
      child.once("message", (answer) => {
        clearTimeout(timer);
        resolve(answer);
      });
      child.send(message);
    });
  return {
    url,
    cookie,
    stats: () => ask("stats") as Promise<BenchStats>,
    ask,
    async stop() {
      child.kill("SIGTERM");
      await exited;
    },
  };
}

async function waitForHealth(url: string, exited: Promise<number | null>, output: () => string) {
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (gone) throw new Error(`the server exited before answering:\n${output()}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server did not answer /api/health within 2 minutes:\n${output()}`);
}
