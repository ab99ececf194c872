// A local control channel on the embedded database, for `npm run backup`
// while the app runs. The process holding the data folder's lock (the only
// one that may open PGlite) listens on a Unix socket (a named pipe on
// Windows) and, on request, streams a consistent dump of the database.
//
// Not reachable over the network: a socket file (mode 0600) in the data
// folder, or in the temp folder when that path is too long for a socket. Every
// request must also carry the token from `<dataDir>/control-token` (mode 0600,
// new at each start): only someone who can read the data folder can ask.
//
// Protocol: the client sends one JSON line {"token","command":"backup"}; the
// server answers one JSON line, {"ok":true,"bytes":N} followed by N bytes, or
// {"ok":false,"error":"..."}, and closes.
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type { DataDirLock } from "./data-dir-lock";

export const TOKEN_FILE = "control-token";
const MAX_REQUEST_BYTES = 4096;

export type ControlServer = { socketPath: string; close(): Promise<void> };

function socketPathFor(dataDir: string): string {
  const hash = crypto.createHash("sha256").update(path.resolve(dataDir)).digest("hex").slice(0, 16);
  if (process.platform === "win32") return `\\\\?\\pipe\\kintsugi-${hash}`;
  const inFolder = path.join(path.resolve(dataDir), "control.sock");
  // sun_path holds 104 (macOS) to 108 (Linux) bytes.
  return Buffer.byteLength(inFolder) < 100 ? inFolder : path.join(os.tmpdir(), `kintsugi-${hash}.sock`);
}

/**
 * Listens for backup requests. Started by openDatabase() for a locked data
 * folder; `dump` makes the backup. Failing to listen is logged, not fatal:
 * the database works without it (the backup command then says so).
 */
export function startControlServer(options: {
  dataDir: string;
  lock: DataDirLock;
  dump: () => Promise<Blob>;
}): ControlServer {
  const { dataDir, lock, dump } = options;
  const token = crypto.randomBytes(32).toString("base64url");
  const tokenFile = path.join(dataDir, TOKEN_FILE);
  fs.rmSync(tokenFile, { force: true });
  fs.writeFileSync(tokenFile, `${token}\n`, { mode: 0o600 });
  const socketPath = socketPathFor(dataDir);
  // We hold the folder's lock: a socket file left here is a dead holder's.
  if (process.platform !== "win32") fs.rmSync(socketPath, { force: true });

  const server = net.createServer((socket) => {
    socket.on("error", () => {});
    let buffer = "";
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString("utf8");
      const newline = buffer.indexOf("\n");
      if (newline < 0) {
        if (buffer.length > MAX_REQUEST_BYTES) socket.destroy();
        return;
      }
      socket.off("data", onData);
      void answer(socket, buffer.slice(0, newline));
    };
    socket.on("data", onData);
  });

  async function answer(socket: net.Socket, line: string) {
    let request: { token?: unknown; command?: unknown };
    try {
      request = JSON.parse(line) as typeof request;
    } catch {
      request = {};
    }
    const given = Buffer.from(typeof request.token === "string" ? request.token : "");
    const expected = Buffer.from(token);
    if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) {
      socket.end(`${JSON.stringify({ ok: false, error: "denied: wrong or missing token" })}\n`);
      return;
    }
    if (request.command !== "backup") {
      socket.end(`${JSON.stringify({ ok: false, error: "unknown command" })}\n`);
      return;
    }
    try {
      const started = Date.now();
      const bytes = Buffer.from(await (await dump()).arrayBuffer());
      socket.write(`${JSON.stringify({ ok: true, bytes: bytes.length })}\n`);
      socket.end(bytes);
      console.log(
        `[kintsugi] backup of the embedded database sent (${bytes.length} bytes, ${Date.now() - started} ms)`,
      );
    } catch (error) {
      socket.end(`${JSON.stringify({ ok: false, error: `backup failed: ${(error as Error).message}` })}\n`);
    }
  }

  let listening = false;
  server.on("error", (error) => {
    console.error(
      `[kintsugi] control socket ${socketPath} unavailable (backups while running will not work):`,
      error.message,
    );
  });
  server.listen(socketPath, () => {
    listening = true;
    if (process.platform !== "win32") {
      try {
        fs.chmodSync(socketPath, 0o600);
      } catch {
        // Removed under us: the request then fails, which the command reports.
      }
    }
    try {
      lock.setControlSocket(socketPath);
    } catch (error) {
      console.error("[kintsugi] could not record the control socket in the lock file:", error);
    }
  });
  server.unref();

  return {
    socketPath,
    close: () =>
      new Promise<void>((resolve) => {
        fs.rmSync(tokenFile, { force: true });
        if (!listening) {
          server.close(() => resolve());
          return;
        }
        server.close(() => resolve());
      }),
  };
}

export class ControlRequestError extends Error {}

/** Asks the process holding `dataDir` for a backup; returns the dump's bytes. */
export function requestBackup(socketPath: string, token: string, timeoutMs = 600_000): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const socket = net.createConnection(socketPath);
    const chunks: Buffer[] = [];
    let header: { ok: boolean; bytes?: number; error?: string } | null = null;
    let received = Buffer.alloc(0);
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new ControlRequestError(`no answer from the running server within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    socket.on("connect", () => socket.write(`${JSON.stringify({ token, command: "backup" })}\n`));
    socket.on("data", (chunk: Buffer) => {
      if (header) {
        chunks.push(chunk);
        return;
      }
      received = Buffer.concat([received, chunk]);
      const newline = received.indexOf(10);
      if (newline < 0) return;
      try {
        header = JSON.parse(received.subarray(0, newline).toString("utf8")) as typeof header;
      } catch {
        header = { ok: false, error: "unreadable answer" };
      }
      chunks.push(received.subarray(newline + 1));
    });
    socket.on("error", (error) => {
      clearTimeout(timer);
      reject(new ControlRequestError(`cannot reach the running server at ${socketPath}: ${error.message}`));
    });
    socket.on("close", () => {
      clearTimeout(timer);
      if (!header)
        return reject(new ControlRequestError("the running server closed the connection without answering"));
      if (!header.ok) return reject(new ControlRequestError(`the running server refused: ${header.error}`));
      const body = Buffer.concat(chunks);
      if (body.length !== header.bytes) {
        return reject(new ControlRequestError(`incomplete backup: ${body.length} of ${header.bytes} bytes`));
      }
      resolve(body);
    });
  });
}
