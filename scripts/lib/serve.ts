// The server behind `npm start`, `npm run demo` and `npm run dev`: Next.js
// in this process behind our own node:http server (a Next.js "custom
// server"), so that
//   - the port is bound before the database is opened (a second start on a
//     busy port fails without touching the data);
//   - every request carries the socket's peer address (http-server.ts);
//   - SIGTERM/SIGINT stop it gracefully: no new connections, in-flight
//     requests finish (10 s at most), Next.js and the database are closed,
//     exit 0.
// Migrations run when Next.js loads instrumentation.ts (server/startup.ts).
import fs from "node:fs";
import type http from "node:http";
import path from "node:path";
import type { Env } from "../../lib/env-schema";
import { createDrainingServer } from "./http-server";

/** How long in-flight requests may take to finish after SIGTERM. */
export const SHUTDOWN_GRACE_MS = 10_000;

export type ServeOptions = {
  env: Env;
  dev: boolean;
  /** Called once the app answers requests (the demo prints its banner). */
  onReady?: (url: string) => void;
};

/** The folder `next build` writes (next.config.js honours NEXT_DIST_DIR). */
export function buildDir(root = process.cwd()) {
  return path.resolve(root, process.env.NEXT_DIST_DIR || ".next");
}

export function hasProductionBuild(root = process.cwd()) {
  return fs.existsSync(path.join(buildDir(root), "BUILD_ID"));
}

/**
 * npm does not pass SIGTERM on to a script's process: it signals the shell
 * that runs the script, which dies and leaves the server behind (re-parented).
 * So a server whose parent went away stops as if it got SIGTERM.
 */
function watchParent(onOrphaned: () => void) {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid !== parent) {
      clearInterval(timer);
      console.log(`[kintsugi] the process that started this server (pid ${parent}) has gone.`);
      onOrphaned();
    }
  }, 500);
  timer.unref();
}

/** One request to our own health endpoint, as a load balancer would send. */
async function warmUp(server: http.Server): Promise<void> {
  const address = server.address();
  if (!address || typeof address === "string") return;
  const any = address.address === "::" || address.address === "0.0.0.0";
  const host = any ? "127.0.0.1" : address.family === "IPv6" ? `[${address.address}]` : address.address;
  try {
    const response = await fetch(`http://${host}:${address.port}/api/health`, {
      signal: AbortSignal.timeout(120_000),
    });
    await response.body?.cancel();
  } catch (error) {
    console.error("[kintsugi] the first request failed:", error);
  }
}

type NextServer = ReturnType<typeof import("next").default>;

type DatabaseHolder = { __kintsugiDatabase?: { close(): Promise<void> } };

/**
 * Closes the database the app opened in this process. lib/db.ts keeps its one
 * Database on globalThis (the app's bundle and this script share the global
 * object), so the server can close it after the last request: PGlite must be
 * closed, not killed, or the next start is a crash recovery.
 */
async function closeAppDatabase(): Promise<void> {
  const holder = globalThis as DatabaseHolder;
  const database = holder.__kintsugiDatabase;
  if (!database) return;
  holder.__kintsugiDatabase = undefined;
  await database.close();
}

export async function serve({ env, dev, onReady }: ServeOptions): Promise<void> {
  const root = process.cwd();
  if (!dev && !hasProductionBuild(root)) {
    console.error(
      `There is no production build in ${path.relative(root, buildDir(root)) || "."}: run npm run build first ` +
        "(or npm run demo, which builds when needed).",
    );
    process.exit(1);
  }

  let handle: ((req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>) | null = null;
  let ready!: () => void;
  const isReady = new Promise<void>((resolve) => (ready = resolve));
  const { server, drain } = createDrainingServer(async (req, res) => {
    // Requests that arrive while Next.js prepares wait for it.
    if (!handle) await isReady;
    await handle!(req, res);
  });

  // Bind first: on a busy port we stop before anything opens the database.
  const host = env.HOST;
  await new Promise<void>((resolve) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      console.error(
        error.code === "EADDRINUSE"
          ? `Port ${env.PORT} is in use${host ? ` on ${host}` : ""}: stop what runs there, or set PORT to another port.`
          : `Cannot listen on port ${env.PORT}: ${error.message}`,
      );
      process.exit(1);
    });
    server.listen(env.PORT, host, resolve);
  });

  let app: NextServer | null = null;
  let stopping = false;
  let firstSignalAt = 0;
  const stop = async (signal: string) => {
    if (stopping) {
      // The same signal often arrives twice at once: from the terminal or a
      // process-group kill, and relayed by npm and tsx. A second one later is
      // someone insisting.
      if (Date.now() - firstSignalAt < 1_000) return;
      console.error(`[kintsugi] ${signal} again: stopping now.`);
      process.exit(1);
    }
    stopping = true;
    firstSignalAt = Date.now();
    console.log(
      `[kintsugi] ${signal}: finishing requests in progress (at most ${SHUTDOWN_GRACE_MS / 1000} s)…`,
    );
    let status = 0;
    try {
      const cut = await drain(SHUTDOWN_GRACE_MS);
      if (cut > 0) console.error(`[kintsugi] ${cut} request(s) did not finish in time and were cut.`);
      await app?.close();
      await closeAppDatabase();
      console.log("[kintsugi] stopped.");
    } catch (error) {
      console.error("[kintsugi] error while stopping:", error);
      status = 1;
    }
    process.exit(status);
  };
  process.on("SIGTERM", (signal) => void stop(signal));
  process.on("SIGINT", (signal) => void stop(signal));
  watchParent(() => void stop("parent gone"));

  const { default: next } = await import("next");
  app = next({ dev, dir: root, hostname: host ?? "localhost", port: env.PORT, httpServer: server });
  await app.prepare();
  if (stopping) return;
  handle = app.getRequestHandler();
  ready();
  // In production Next.js prepares itself (and runs instrumentation.ts, which
  // applies the migrations) on the first request: make that happen now.
  if (!dev) await warmUp(server);
  if (stopping) return;

  const url = env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`;
  console.log(
    `[kintsugi] ${dev ? "development" : "production"} server ready on ${url}` +
      ` (listening on ${host ?? "every interface"}, port ${env.PORT}; pid ${process.pid}; Node.js ${process.versions.node})`,
  );
  onReady?.(url);
}
