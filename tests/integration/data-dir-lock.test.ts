// The embedded data folder is opened by one process at a time (issue 8,
// fault 2): a second process is refused with the holder's pid and command
// (and the first one's data stays intact and openable), a lock left by a
// killed process is taken over, and SIGTERM closes PGlite cleanly.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { openDatabase, pgliteDir } from "@/lib/db/connect";
import { DataDirLockedError, LOCK_FILE } from "@/lib/db/data-dir-lock";
import { migratedDataDir } from "./support/data-dir";
import { isPostgresStage } from "./support/own-cluster";

const holdScript = path.resolve("tests", "integration", "support", "hold-database.ts");
const children: ChildProcess[] = [];
const folders: string[] = [];

/** A data folder with a migrated database. */
async function tempDataDir() {
  const dir = await migratedDataDir("kintsugi-lock-test-");
  folders.push(dir);
  return dir;
}

type Run = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

function runHolder(dataDir: string, email?: string): Run {
  // `node --import tsx`: one process (the tsx CLI would put a wrapper process in between).
  const child = spawn(process.execPath, ["--import", "tsx", holdScript, dataDir, ...(email ? [email] : [])], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NODE_OPTIONS: "" },
  });
  children.push(child);
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitForReady(run: Run, timeoutMs = 90_000) {
  const started = Date.now();
  while (!/ready \d+/.test(run.output())) {
    if (run.child.exitCode !== null) throw new Error(`holder exited early:\n${run.output()}`);
    if (Date.now() - started > timeoutMs) throw new Error(`holder not ready:\n${run.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** PostgreSQL's pg_control "state": 1 = shut down cleanly, 6 = in production (open, or crashed). */
function controlState(dataDir: string): number {
  return fs.readFileSync(path.join(pgliteDir(dataDir), "global", "pg_control")).readUInt32LE(16);
}

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
});

afterAll(() => {
  for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(isPostgresStage)("the embedded data folder lock", () => {
  it("refuses a second process with the holder's pid and command; the first one's data stays intact", async () => {
    const dataDir = await tempDataDir();
    const first = runHolder(dataDir, "first@example.test");
    await waitForReady(first);
    const firstPid = first.child.pid!;

    const second = runHolder(dataDir, "second@example.test");
    const code = await second.exited;
    expect(code).toBe(3);
    expect(second.output()).toContain(`is in use by process ${firstPid}`);
    expect(second.output()).toContain("hold-database.ts");
    expect(second.output()).toMatch(/Stop that process first/);

    // In this process too (and the lock file names the holder).
    let refused: unknown;
    try {
      openDatabase({ mode: "embedded", dataDir });
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(DataDirLockedError);
    expect((refused as DataDirLockedError).owner?.pid).toBe(firstPid);

    // The first process stops normally; its data is intact and the folder opens.
    first.child.kill("SIGTERM");
    expect(await first.exited).not.toBe(3);
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
    const database = openDatabase({ mode: "embedded", dataDir });
    try {
      const users = await database.prisma.user.findMany({ select: { email: true } });
      expect(users).toEqual([{ email: "first@example.test" }]);
    } finally {
      await database.close();
    }
  }, 240_000);

  it("takes over the lock of a process that was killed (SIGKILL)", async () => {
    const dataDir = await tempDataDir();
    const holder = runHolder(dataDir, "killed@example.test");
    await waitForReady(holder);
    holder.child.kill("SIGKILL");
    await holder.exited;
    // The lock file is still there, and PostgreSQL was not shut down.
    expect(JSON.parse(fs.readFileSync(path.join(dataDir, LOCK_FILE), "utf8"))).toMatchObject({
      pid: holder.child.pid,
    });
    expect(controlState(dataDir)).toBe(6);

    const database = openDatabase({ mode: "embedded", dataDir });
    try {
      expect(await database.prisma.user.count({ where: { email: "killed@example.test" } })).toBe(1);
      const owner = JSON.parse(fs.readFileSync(path.join(dataDir, LOCK_FILE), "utf8")) as { pid: number };
      expect(owner.pid).toBe(process.pid);
    } finally {
      await database.close();
    }
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
  }, 240_000);

  it("closes PGlite cleanly on SIGTERM and SIGINT: the next open is not a crash recovery", async () => {
    for (const signal of ["SIGTERM", "SIGINT"] as const) {
      const dataDir = await tempDataDir();
      const holder = runHolder(dataDir, `${signal.toLowerCase()}@example.test`);
      await waitForReady(holder);
      expect(controlState(dataDir)).toBe(6); // open
      holder.child.kill(signal);
      expect(await holder.exited).toBe(128 + os.constants.signals[signal]);
      // pg_control says "shut down" and PGlite removed its postmaster.pid.
      expect(controlState(dataDir)).toBe(1);
      expect(fs.existsSync(path.join(pgliteDir(dataDir), "postmaster.pid"))).toBe(false);
      expect(fs.existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
    }
  }, 240_000);

  it("refuses a second open of the same folder in one process, and close() is safe to call twice", async () => {
    const dataDir = await tempDataDir();
    const database = openDatabase({ mode: "embedded", dataDir });
    try {
      expect(() => openDatabase({ mode: "embedded", dataDir })).toThrow(DataDirLockedError);
    } finally {
      await database.close();
      await database.close();
    }
    const again = openDatabase({ mode: "embedded", dataDir });
    await again.close();
  }, 60_000);
});
