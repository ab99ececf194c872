// An exclusive, cross-process lock on the embedded database's data folder.
//
// PGlite does not lock its folder: a second process opening it (a second
// `npm run demo`, two servers on one KINTSUGI_DATA_DIR) corrupts it beyond
// repair. openDatabase() takes this lock before PGlite opens the folder and
// releases it in close().
//
// The lock is a file, `<dataDir>/pglite.lock`, created with O_EXCL and holding
// who owns it: pid, the process's start time, host, command, folder. Another
// process finding it refuses with a message naming the holder. A lock left by
// a process that died (SIGKILL, power loss) is stale and taken over:
//   - same host: the pid is gone, or belongs to a newer process (pid reuse,
//     told apart by the start time in /proc/<pid>/stat);
//   - another host (a shared volume, a recreated container): the holder
//     touches the file every 15 s; a lock not touched for 60 s is stale.
// Taking over is serialised by a second O_EXCL file (`pglite.lock.takeover`)
// so two processes finding the same stale lock cannot both win.
//
// Why not proper-lockfile (the usual package): its only staleness signal is
// the lock's mtime, so a live process whose event loop is busy for longer than
// `stale` (a long render, a paused VM) looks dead and loses its lock, which is
// exactly the two-writers corruption this prevents; a crashed holder keeps the
// folder locked for `stale` even though its pid is plainly gone; and it cannot
// say who holds the lock. The kernel's flock() would be ideal but Node has no
// API for it without a native addon.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const LOCK_FILE = "pglite.lock";
const HEARTBEAT_MS = 15_000;
const FOREIGN_STALE_MS = 60_000;
/** A lock file younger than this whose content cannot be read is being written: treat it as held. */
const UNREADABLE_GRACE_MS = 5_000;

export type LockOwner = {
  pid: number;
  /** Process start time (clock ticks since boot, from /proc), to detect pid reuse. */
  startTime: string | null;
  hostname: string;
  command: string;
  cwd: string;
  acquiredAt: string;
  /** Random per acquisition (not a secret): release() removes the file only if it is still ours. */
  nonce: string;
  /** Where the holder answers local requests (the backup command), if anywhere. */
  controlSocket?: string;
};

export class DataDirLockedError extends Error {
  readonly owner: LockOwner | null;
  readonly lockFile: string;
  constructor(dataDir: string, lockFile: string, owner: LockOwner | null, detail?: string) {
    const who = owner
      ? `process ${owner.pid} (${owner.command})${owner.hostname !== os.hostname() ? ` on host ${owner.hostname}` : ""}, since ${owner.acquiredAt}`
      : "another process";
    super(
      `The embedded database in ${dataDir} is in use by ${who}.\n` +
        `Only one process may open it at a time: a second one would corrupt it.\n` +
        `Stop that process first (or use it: the app it runs may already be what you want), ` +
        `or set KINTSUGI_DATA_DIR to another folder.` +
        (owner && owner.hostname !== os.hostname()
          ? `\nIf no process on ${owner.hostname} uses this folder any more, delete ${lockFile} (it is also taken over by itself after ${FOREIGN_STALE_MS / 1000} s without a heartbeat).`
          : "") +
        (detail ? `\n${detail}` : ""),
    );
    this.name = "DataDirLockedError";
    this.owner = owner;
    this.lockFile = lockFile;
  }
}

export type DataDirLock = {
  readonly file: string;
  readonly owner: LockOwner;
  /** Records where the holder listens for local requests (see control.ts). */
  setControlSocket(socketPath: string): void;
  /** Removes the lock file if it is still ours. Safe to call twice. */
  release(): void;
};

/** Locks held by this process, by lock file path (opening the same folder twice in one process is refused too). */
const heldHere = new Map<string, DataDirLock>();

function processStartTime(pid: number): string | null {
  try {
    // Field 22 of /proc/<pid>/stat, counted after the parenthesised command name.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return fields[19] ?? null;
  } catch {
    return null;
  }
}

function commandLine(): string {
  const args = process.argv.slice(1).map((a) => {
    const relative = path.isAbsolute(a) ? path.relative(process.cwd(), a) : a;
    return relative && !relative.startsWith("..") ? relative : a;
  });
  const text = [path.basename(process.argv0 || process.execPath), ...args].join(" ");
  return text.length > 200 ? `${text.slice(0, 197)}...` : text;
}

function readOwner(file: string): { owner: LockOwner | null; mtimeMs: number } | null {
  let text: string;
  let mtimeMs: number;
  try {
    text = fs.readFileSync(file, "utf8");
    mtimeMs = fs.statSync(file).mtimeMs;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  try {
    const owner = JSON.parse(text) as LockOwner;
    if (typeof owner.pid !== "number" || typeof owner.hostname !== "string") return { owner: null, mtimeMs };
    return { owner, mtimeMs };
  } catch {
    return { owner: null, mtimeMs };
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Why the lock described by `owner` is stale, or null when its holder may still be alive. */
export function staleReason(
  owner: LockOwner | null,
  mtimeMs: number,
  file: string,
  now = Date.now(),
): string | null {
  if (!owner) {
    return now - mtimeMs > UNREADABLE_GRACE_MS ? "unreadable lock file" : null;
  }
  if (owner.hostname !== os.hostname()) {
    return now - mtimeMs > FOREIGN_STALE_MS
      ? `no heartbeat from host ${owner.hostname} for ${Math.round((now - mtimeMs) / 1000)} s`
      : null;
  }
  if (owner.pid === process.pid) {
    // Ours only if this process really holds it (a restarted container often reuses its pid).
    return heldHere.get(file)?.owner.nonce === owner.nonce
      ? null
      : "left by an earlier process with this pid";
  }
  if (!isAlive(owner.pid)) return `process ${owner.pid} is gone`;
  const started = processStartTime(owner.pid);
  if (owner.startTime && started && started !== owner.startTime) {
    return `pid ${owner.pid} now belongs to another process`;
  }
  return null;
}

function writeExclusive(file: string, content: string): boolean {
  let fd: number;
  try {
    fd = fs.openSync(file, "wx", 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
  try {
    fs.writeSync(fd, content);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return true;
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Takes the lock on `dataDir` or throws DataDirLockedError naming the holder.
 * Synchronous, so openDatabase() stays synchronous.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(path.resolve(dataDir), LOCK_FILE);
  const takeoverFile = `${file}.takeover`;
  const owner: LockOwner = {
    pid: process.pid,
    startTime: processStartTime(process.pid),
    hostname: os.hostname(),
    command: commandLine(),
    cwd: process.cwd(),
    acquiredAt: new Date().toISOString(),
    nonce: crypto.randomBytes(12).toString("hex"),
  };

  for (let attempt = 0; attempt < 50; attempt++) {
    if (writeExclusive(file, JSON.stringify(owner, null, 2))) return holdLock(file, owner);
    const found = readOwner(file);
    if (!found) continue; // released meanwhile: try again
    const reason = staleReason(found.owner, found.mtimeMs, file);
    if (!reason) throw new DataDirLockedError(dataDir, file, found.owner);

    // Stale: take it over, one process at a time.
    const guard = JSON.stringify({ ...owner, acquiredAt: new Date().toISOString() });
    if (!writeExclusive(takeoverFile, guard)) {
      const other = readOwner(takeoverFile);
      if (
        other &&
        staleReason(other.owner, other.mtimeMs, takeoverFile) &&
        Date.now() - other.mtimeMs > 2_000
      ) {
        fs.rmSync(takeoverFile, { force: true });
      } else {
        sleep(50);
      }
      continue;
    }
    try {
      const again = readOwner(file);
      if (again && again.owner?.nonce === found.owner?.nonce && again.mtimeMs === found.mtimeMs) {
        fs.rmSync(file, { force: true });
        console.warn(`[kintsugi] took over a stale lock on ${dataDir} (${reason})`);
      }
    } finally {
      fs.rmSync(takeoverFile, { force: true });
    }
  }
  throw new DataDirLockedError(dataDir, file, readOwner(file)?.owner ?? null, "Could not take the lock.");
}

function holdLock(file: string, owner: LockOwner): DataDirLock {
  let released = false;
  const heartbeat = setInterval(() => {
    try {
      const now = new Date();
      fs.utimesSync(file, now, now);
    } catch {
      // The folder went away: nothing to keep alive.
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();
  const onExit = () => lock.release();
  const lock: DataDirLock = {
    file,
    owner,
    setControlSocket(socketPath) {
      owner.controlSocket = socketPath;
      const temp = `${file}.${owner.nonce}.tmp`;
      fs.writeFileSync(temp, JSON.stringify(owner, null, 2), { mode: 0o600 });
      fs.renameSync(temp, file);
    },
    release() {
      if (released) return;
      released = true;
      clearInterval(heartbeat);
      process.removeListener("exit", onExit);
      heldHere.delete(file);
      const current = readOwner(file);
      if (current?.owner?.nonce === owner.nonce) fs.rmSync(file, { force: true });
    },
  };
  heldHere.set(file, lock);
  // process.exit() without close(): the lock goes with the process.
  process.on("exit", onExit);
  return lock;
}

/** Who holds the lock on `dataDir` now (null when nobody, or when the lock is stale). */
export function currentLockOwner(dataDir: string): LockOwner | null {
  const file = path.join(path.resolve(dataDir), LOCK_FILE);
  const found = readOwner(file);
  if (!found || staleReason(found.owner, found.mtimeMs, file)) return null;
  return found.owner;
}
