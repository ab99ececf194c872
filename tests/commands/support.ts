// Runs the commands the README documents as a user would: `npm …` in the
// project folder, each in its own process group (stopped as a terminal or a
// service manager stops it: a signal to the whole group).
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createFreshDatabase, dropDatabase, isLocalDatabaseUrl } from "../../scripts/lib/scratch-postgres";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";

/** The environment of a command: ours minus what would point it at someone else's data. */
export function cleanEnv(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: Record<string, string | undefined> = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  for (const key of [
    "DATABASE_URL",
    "KINTSUGI_DATA_DIR",
    "PORT",
    "HOST",
    "NEXTAUTH_URL",
    "NEXTAUTH_SECRET",
    "NODE_ENV",
  ]) {
    delete env[key];
  }
  for (const key of Object.keys(env))
    if (key.startsWith("OIDC_") || key.startsWith("VITEST")) delete env[key];
  return { ...env, ...extra } as NodeJS.ProcessEnv;
}

export type Finished = { code: number | null; signal: NodeJS.Signals | null; output: string };

export type Running = {
  child: ChildProcess;
  /** stdout and stderr so far. */
  output(): string;
  exited: Promise<Finished>;
  /** Signals the process group and waits for the exit (SIGKILL after `graceMs`). */
  stop(signal?: NodeJS.Signals, graceMs?: number): Promise<Finished>;
  /** Signals one process of the group (`pid`) and waits for the exit. */
  signal(pid: number, signal: NodeJS.Signals): Promise<Finished>;
};

export function startNpm(args: string[], env: NodeJS.ProcessEnv, cwd = process.cwd()): Running {
  const child = spawn(npm, args, { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const groupAlive = () => {
    try {
      process.kill(-child.pid!, 0);
      return true;
    } catch {
      return false;
    }
  };
  // Finished when npm has exited and nothing of its process group is left
  // (npm may go first and leave the server stopping).
  const exited = new Promise<Finished>((resolve) =>
    child.on("exit", (code, signal) => {
      const poll = setInterval(() => {
        if (groupAlive()) return;
        clearInterval(poll);
        // Let the pipes drain.
        setTimeout(() => resolve({ code, signal, output }), 50);
      }, 100);
    }),
  );
  const killGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // Already gone.
    }
  };
  return {
    child,
    output: () => output,
    exited,
    async stop(signal = "SIGTERM", graceMs = 20_000) {
      if (groupAlive()) killGroup(signal);
      const timer = setTimeout(() => killGroup("SIGKILL"), graceMs);
      const finished = await exited;
      clearTimeout(timer);
      return finished;
    },
    async signal(pid, signal) {
      process.kill(pid, signal);
      const timer = setTimeout(() => killGroup("SIGKILL"), 20_000);
      const finished = await exited;
      clearTimeout(timer);
      return finished;
    },
  };
}

/** Runs `npm args` to the end. */
export function runNpm(args: string[], env: NodeJS.ProcessEnv, cwd = process.cwd()): Promise<Finished> {
  return startNpm(args, env, cwd).exited;
}

/** Polls GET /api/health until it answers 200; returns its JSON. Fails early when the command exits. */
export async function waitForHealth(
  running: Running,
  port: number,
  timeoutMs: number,
): Promise<Record<string, unknown>> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void running.exited.then(() => (exited = true));
  while (Date.now() < deadline) {
    if (exited) throw new Error(`the command exited before its health answered:\n${running.output()}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`, {
        signal: AbortSignal.timeout(30_000),
      });
      if (response.status === 200) return (await response.json()) as Record<string, unknown>;
      await response.body?.cancel();
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`no healthy answer on port ${port} within ${timeoutMs} ms:\n${running.output()}`);
}

/**
 * Signs in through next-auth's credentials endpoint, as the sign-in form does.
 * Returns the session cookie's value, or null when sign-in was refused.
 */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string | null> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseUrl}/` }),
  });
  await response.body?.cancel();
  const session = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .find((c) => /^(__Secure-)?next-auth\.session-token=/.test(c));
  return session ? session.slice(session.indexOf("=") + 1) : null;
}

/** The server's pid, from its "ready" line. */
export function serverPid(output: string): number {
  const match = /server ready on .*; pid (\d+);/.exec(output);
  if (!match) throw new Error(`no "ready" line with a pid in:\n${output}`);
  return Number(match[1]);
}

/** PGlite's pg_control says whether the cluster was shut down cleanly (1) or is still "in production" (6: not shut down, a crash). */
export function pgliteClusterState(dataDir: string): number {
  const control = fs.readFileSync(path.join(dataDir, "pglite", "global", "pg_control"));
  // ControlFileData: system_identifier (8 bytes), pg_control_version (4), catalog_version_no (4), state.
  return control.readUInt32LE(16);
}
export const DB_SHUTDOWNED = 1;

export function tempDir(prefix: string): { dir: string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** A fresh database on TEST_DATABASE_URL's server, or null when there is no PostgreSQL for the tests. */
export async function scratchPostgres(
  name: string,
): Promise<{ url: string; drop: () => Promise<void> } | null> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return null;
  if (!isLocalDatabaseUrl(serverUrl)) throw new Error("TEST_DATABASE_URL must be a server on this machine");
  const unique = `${name}_${process.pid}`;
  const url = await createFreshDatabase(serverUrl, unique);
  return { url, drop: () => dropDatabase(serverUrl, unique) };
}

export { freePort } from "../../scripts/lib/pg-cluster";
