// Finding PostgreSQL's pg_dump and pg_restore for `npm run backup/restore`.
// They must be at least as new as the server (pg_dump refuses an older one's
// dumps of a newer server, and pg_restore cannot read a newer pg_dump's
// archives). Looked up in PG_BIN (a folder), PATH, and the usual install
// folders; the newest one found is used.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export type PgTool = { path: string; major: number; version: string };

export class PgToolError extends Error {}

function candidateDirs(): string[] {
  const dirs: string[] = [];
  if (process.env.PG_BIN) dirs.push(process.env.PG_BIN);
  dirs.push(...(process.env.PATH ?? "").split(path.delimiter).filter(Boolean));
  for (const root of ["/usr/lib/postgresql", "/usr/local/opt", "/opt/homebrew/opt", "/usr/pgsql"]) {
    try {
      for (const entry of fs.readdirSync(root)) {
        if (root === "/usr/lib/postgresql" || entry.startsWith("postgresql") || entry.startsWith("libpq")) {
          dirs.push(path.join(root, entry, "bin"));
        }
      }
    } catch {
      // Not there.
    }
  }
  return [...new Set(dirs)];
}

function versionOf(file: string): PgTool | null {
  const result = spawnSync(file, ["--version"], { encoding: "utf8", timeout: 10_000 });
  if (result.status !== 0) return null;
  // "pg_dump (PostgreSQL) 15.14 (Debian 15.14-0+deb12u1)"
  const match = /\(PostgreSQL\)\s+(\d+)(\.\d+)?/.exec(result.stdout);
  if (!match) return null;
  return { path: file, major: Number(match[1]), version: `${match[1]}${match[2] ?? ""}` };
}

/** The newest `name` (pg_dump, pg_restore) found, or a PgToolError saying how to get one. */
export function findPgTool(
  name: "pg_dump" | "pg_restore",
  serverMajor: number,
  dirs: string[] = candidateDirs(),
): PgTool {
  const found: PgTool[] = [];
  for (const dir of dirs) {
    const file = path.join(dir, process.platform === "win32" ? `${name}.exe` : name);
    if (!fs.existsSync(file)) continue;
    const tool = versionOf(file);
    if (tool) found.push(tool);
  }
  found.sort((a, b) => b.major - a.major);
  const best = found[0];
  if (!best) {
    throw new PgToolError(
      `${name} was not found. Install PostgreSQL's client tools, version ${serverMajor} or newer ` +
        `(Debian/Ubuntu: apt-get install postgresql-client-${serverMajor}; macOS: brew install postgresql@${serverMajor}), ` +
        `or set PG_BIN to the folder that holds ${name}.`,
    );
  }
  if (best.major < serverMajor) {
    throw new PgToolError(
      `${name} ${best.version} (${best.path}) is older than the PostgreSQL server (${serverMajor}): ` +
        `install the client tools of version ${serverMajor} or newer, or set PG_BIN to their folder.`,
    );
  }
  return best;
}

/**
 * A connection string without its password, and the environment that gives
 * the password to pg_dump/pg_restore (so it never shows in the process list).
 */
export function connectionForTools(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (parsed.password) {
    env.PGPASSWORD = decodeURIComponent(parsed.password);
    parsed.password = "";
  }
  return { dbname: parsed.toString(), env };
}
