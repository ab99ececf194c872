// A throwaway PostgreSQL server in a temp folder, for tests: `npm test`
// (scripts/test.ts) starts one for the integration-postgres stage, and the
// fault tests (tests/integration/pg-*.test.ts) start their own so they can
// kill and restart it. Needs PostgreSQL's server binaries
// (/usr/lib/postgresql/*/bin). PostgreSQL refuses to run as root, so as root
// the server runs as `nobody`.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export type Cluster = {
  url: string;
  port: number;
  /** The server's folder (data/, server.log). */
  dir: string;
  /** The bin folder of the PostgreSQL installation used. */
  pgBin: string;
  /** Starts the server again after `stopServer` (same port and data). */
  startServer(): void;
  /** Stops the server; "immediate" is a crash-like stop (no checkpoint, connections cut). */
  stopServer(mode?: "fast" | "immediate"): void;
  /** Stops the server and removes its folder. */
  stop(): void;
};

/** The newest PostgreSQL server installation's bin folder, or null. */
export function findPostgresBin(): string | null {
  const root = "/usr/lib/postgresql";
  if (!fs.existsSync(root)) return null;
  const versions = fs
    .readdirSync(root)
    .filter((v) => fs.existsSync(path.join(root, v, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], "bin") : null;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** Starts a throwaway PostgreSQL server in a temp folder (as `nobody` when we are root). */
export async function startCluster(pgBin: string, options: { port?: number } = {}): Promise<Cluster> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kintsugi-pg-"));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const nobody = spawnSync("id", ["-u", "nobody"], { encoding: "utf8" }).stdout.trim();
    fs.chownSync(dir, Number(nobody), Number(nobody));
  }
  const shell = (command: string) =>
    asRoot
      ? spawnSync("su", ["nobody", "-s", "/bin/sh", "-c", command], { encoding: "utf8" })
      : spawnSync("/bin/sh", ["-c", command], { encoding: "utf8" });
  const run = (command: string) => {
    const result = shell(command);
    if (result.status !== 0) throw new Error(`${command}\n${result.stdout}${result.stderr}`);
  };
  const data = path.join(dir, "data");
  const port = options.port ?? (await freePort());
  const pgCtl = `${shellQuote(path.join(pgBin, "pg_ctl"))} -D ${shellQuote(data)}`;
  // Durability off: a test server that is thrown away anyway.
  const serverOptions = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  const startServer = () =>
    run(
      `${pgCtl} -o ${shellQuote(serverOptions)} -l ${shellQuote(path.join(dir, "server.log"))} -w start > /dev/null`,
    );
  const stopServer = (mode: "fast" | "immediate" = "fast") => run(`${pgCtl} -m ${mode} -w stop > /dev/null`);
  const stop = () => {
    shell(`${pgCtl} -m immediate stop > /dev/null 2>&1`);
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    run(
      `${shellQuote(path.join(pgBin, "initdb"))} -D ${shellQuote(data)} -U postgres --auth=trust ` +
        `-E UTF8 --no-sync > ${shellQuote(path.join(dir, "initdb.log"))} 2>&1`,
    );
    startServer();
  } catch (error) {
    stop();
    throw error;
  }
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    dir,
    pgBin,
    startServer,
    stopServer,
    stop,
  };
}
