// Backup and restore round trips (issue 8, fault 4), in the stage's database
// mode: every table's row count and content are equal after the round trip,
// and the app signs in on the restored copy. Embedded: the backup is taken by
// the running server (a second process holding the folder's lock) through
// `npm run backup`; the control socket refuses a request without the token.
// Restores refuse a non-empty target without --force and change nothing then.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { BackupError, backupPostgres, restoreEmbedded, restorePostgres } from "@/lib/db/backup";
import { openDatabase, pgliteDir, type Database } from "@/lib/db/connect";
import { ControlRequestError, requestBackup, TOKEN_FILE } from "@/lib/db/control";
import { currentLockOwner, DataDirLockedError } from "@/lib/db/data-dir-lock";
import { findPgTool, PgToolError } from "@/lib/db/pg-tools";
import { DEMO_PASSWORD, seedDemo } from "@/prisma/seed/demo";
import { checkCredentials } from "@/server/auth/credentials";
import { createPostgresDatabase, databaseUrl, dropPostgresDatabase } from "./db";
import { migratedDataDir } from "./support/data-dir";
import { isPostgresStage } from "./support/own-cluster";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const holder = globalThis as unknown as { __kintsugiDatabase?: Database };
const temp: string[] = [];
const tempDir = (prefix: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  temp.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of temp) fs.rmSync(dir, { recursive: true, force: true });
});

/** Every table's row count and a digest of its rows, in a stable order. */
async function snapshot(database: Database) {
  const tables = await database.sql.query(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  const result: Record<string, { rows: number; digest: string }> = {};
  for (const { tablename } of tables) {
    const table = `"${String(tablename)}"`;
    const [row] = await database.sql.query(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS digest FROM ${table} t`,
    );
    result[String(tablename)] = { rows: Number(row!.rows), digest: String(row!.digest) };
  }
  return result;
}

/** Signs in as a demo user against `database` through the app's credentials check. */
async function signInOn(database: Database, email: string, password: string) {
  const previous = holder.__kintsugiDatabase;
  holder.__kintsugiDatabase = database;
  try {
    return await checkCredentials({ email, password }, "192.0.2.1");
  } finally {
    holder.__kintsugiDatabase = previous;
  }
}

function expectFullSnapshot(snap: Record<string, { rows: number }>) {
  // The demo data fills the main tables: an empty round trip would prove nothing.
  for (const table of [
    "User",
    "Team",
    "Postmortem",
    "Section",
    "TimelineEvent",
    "Actor",
    "ActionItem",
    "AuditEvent",
  ]) {
    expect(snap[table]?.rows, table).toBeGreaterThan(0);
  }
}

describe.skipIf(isPostgresStage)("embedded backup and restore", () => {
  it("backs up while a server holds the folder, restores into an empty folder, and signs in on the copy", async () => {
    const dataDir = await migratedDataDir("kintsugi-backup-src-");
    temp.push(dataDir);
    const seeded = openDatabase({ mode: "embedded", dataDir });
    let before: Awaited<ReturnType<typeof snapshot>>;
    try {
      await seedDemo(seeded.prisma);
      before = await snapshot(seeded);
    } finally {
      await seeded.close();
    }
    expectFullSnapshot(before);

    // The "server": another process with the database open (and locked).
    const server = spawn(
      process.execPath,
      ["--import", "tsx", path.resolve("tests/integration/support/hold-database.ts"), dataDir],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    let output = "";
    server.stdout.on("data", (c: Buffer) => (output += c.toString()));
    server.stderr.on("data", (c: Buffer) => (output += c.toString()));
    const exited = new Promise((resolve) => server.on("exit", resolve));
    try {
      const started = Date.now();
      while (!currentLockOwner(dataDir)?.controlSocket) {
        if (server.exitCode !== null || Date.now() - started > 45_000)
          throw new Error(`server not ready:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const owner = currentLockOwner(dataDir)!;
      expect(owner.pid).toBe(server.pid);

      // Without the token (or with a wrong one) the socket gives nothing.
      await expect(requestBackup(owner.controlSocket!, "")).rejects.toThrow(/denied/);
      await expect(requestBackup(owner.controlSocket!, "x".repeat(43))).rejects.toBeInstanceOf(
        ControlRequestError,
      );
      expect(fs.statSync(path.join(dataDir, TOKEN_FILE)).mode & 0o077).toBe(0);
      if (process.platform !== "win32") expect(fs.statSync(owner.controlSocket!).mode & 0o077).toBe(0);

      // `npm run backup` while the server runs.
      const file = path.join(tempDir("kintsugi-backup-file-"), "backup.tar.gz");
      const cli = spawnSync(npm, ["run", "backup", "--", file], {
        env: { ...process.env, KINTSUGI_DATA_DIR: dataDir, DATABASE_URL: "" },
        encoding: "utf8",
      });
      expect(cli.stderr + cli.stdout).toContain(`made by the running server (pid ${server.pid})`);
      expect(cli.status).toBe(0);
      expect(fs.statSync(file).mode & 0o077).toBe(0);

      // Restoring over the live folder is refused while the server holds it.
      await expect(restoreEmbedded(dataDir, file, { force: true })).rejects.toBeInstanceOf(
        DataDirLockedError,
      );

      // Restore into a new folder: same tables, same rows.
      const copyDir = tempDir("kintsugi-backup-copy-");
      const restored = await restoreEmbedded(copyDir, file);
      expect(restored.tables.User).toBe(before.User!.rows);
      const copy = openDatabase({ mode: "embedded", dataDir: copyDir });
      try {
        expect(await snapshot(copy)).toEqual(before);
        const signIn = await signInOn(copy, "writer@platform.kintsugi.demo", DEMO_PASSWORD);
        expect(signIn).toMatchObject({ ok: true, user: { email: "writer@platform.kintsugi.demo" } });
        expect(await signInOn(copy, "writer@platform.kintsugi.demo", "not-the-password")).toEqual({
          ok: false,
          reason: "invalid",
        });
      } finally {
        await copy.close();
      }

      // A non-empty target is refused without --force, and left as it was.
      const otherDir = await migratedDataDir("kintsugi-backup-other-");
      temp.push(otherDir);
      const other = openDatabase({ mode: "embedded", dataDir: otherDir });
      await other.prisma.team.create({ data: { name: "Keep", slug: "keep" } });
      await other.close();
      // `npm run restore` as an operator runs it.
      const restoreCli = (...args: string[]) =>
        spawnSync(npm, ["run", "restore", "--", file, ...args], {
          env: { ...process.env, KINTSUGI_DATA_DIR: otherDir, DATABASE_URL: "" },
          encoding: "utf8",
        });
      const refused = restoreCli();
      expect(refused.status).toBe(1);
      expect(refused.stderr).toMatch(/already holds a database.*--force/s);
      const untouched = openDatabase({ mode: "embedded", dataDir: otherDir });
      expect(await untouched.prisma.team.findMany({ select: { slug: true } })).toEqual([{ slug: "keep" }]);
      await untouched.close();

      // With --force it is replaced, and the old folder kept.
      const forced = restoreCli("--force");
      expect(forced.stderr + forced.stdout).toMatch(/rows restored/);
      expect(forced.status).toBe(0);
      const kept = /the replaced database is kept in (\S+)/.exec(forced.stdout)?.[1];
      expect(kept && fs.existsSync(kept)).toBe(true);
      const replaced = openDatabase({ mode: "embedded", dataDir: otherDir });
      try {
        expect(await snapshot(replaced)).toEqual(before);
      } finally {
        await replaced.close();
      }
    } finally {
      server.kill("SIGTERM");
      await exited;
    }
  }, 300_000);

  it("refuses a file that is not an embedded backup, changing nothing", async () => {
    const dataDir = tempDir("kintsugi-backup-bad-");
    const file = path.join(dataDir, "not-a-backup.tar.gz");
    fs.writeFileSync(file, "hello");
    await expect(restoreEmbedded(dataDir, file)).rejects.toBeInstanceOf(BackupError);
    expect(fs.existsSync(pgliteDir(dataDir))).toBe(false);
  });
});

describe.runIf(isPostgresStage)("PostgreSQL backup and restore", () => {
  it("round-trips with pg_dump/pg_restore and signs in on the restored copy", async () => {
    const handle = inject("kintsugiTestDb");
    if (handle.mode !== "postgres") throw new Error("postgres stage without a postgres handle");
    const suffix = `${process.pid}_${Date.now()}`;
    const source = `${handle.prefix}bk_src_${suffix}`;
    const target = `${handle.prefix}bk_dst_${suffix}`;
    await createPostgresDatabase(handle.serverUrl, source, handle.template);
    await createPostgresDatabase(handle.serverUrl, target, "template0");
    const sourceUrl = databaseUrl(handle.serverUrl, source);
    const targetUrl = databaseUrl(handle.serverUrl, target);
    const src = openDatabase({ mode: "postgres", url: sourceUrl });
    const dst = openDatabase({ mode: "postgres", url: targetUrl });
    try {
      await seedDemo(src.prisma);
      const before = await snapshot(src);
      expectFullSnapshot(before);

      const file = path.join(tempDir("kintsugi-pgdump-"), "backup.pgdump");
      const backup = await backupPostgres(sourceUrl, file);
      expect(fs.readFileSync(file).subarray(0, 5).toString("latin1")).toBe("PGDMP");
      expect(backup.tables.User).toBe(before.User!.rows);

      const restored = await restorePostgres(targetUrl, file);
      expect(restored.tables.User).toBe(before.User!.rows);
      expect(await snapshot(dst)).toEqual(before);
      expect(await signInOn(dst, "writer@platform.kintsugi.demo", DEMO_PASSWORD)).toMatchObject({ ok: true });

      // Non-empty target: refused without --force, and unchanged.
      await src.prisma.team.create({ data: { name: "Added later", slug: "added-later" } });
      const changed = await snapshot(src);
      await expect(restorePostgres(sourceUrl, file)).rejects.toThrow(/already has \d+ table\(s\).*--force/s);
      expect(await snapshot(src)).toEqual(changed);

      // With --force: back to the backup's content, in one transaction.
      await restorePostgres(sourceUrl, file, { force: true });
      expect(await snapshot(src)).toEqual(before);

      // An embedded backup is not restored into PostgreSQL by mistake.
      const wrong = path.join(tempDir("kintsugi-pgdump-"), "wrong.tar.gz");
      fs.writeFileSync(wrong, Buffer.from([0x1f, 0x8b, 0x08, 0x00]));
      await expect(restorePostgres(targetUrl, wrong, { force: true })).rejects.toThrow(
        /embedded-database backup/,
      );
    } finally {
      await src.close();
      await dst.close();
      await dropPostgresDatabase(handle.serverUrl, source);
      await dropPostgresDatabase(handle.serverUrl, target);
    }
  }, 300_000);

  it("says clearly when pg_dump is missing or older than the server", () => {
    const empty = tempDir("kintsugi-nopg-");
    expect(() => findPgTool("pg_dump", 15, [empty])).toThrow(PgToolError);
    expect(() => findPgTool("pg_dump", 15, [empty])).toThrow(/not found.*postgresql-client-15/s);
    const old = tempDir("kintsugi-oldpg-");
    fs.writeFileSync(path.join(old, "pg_dump"), `#!/bin/sh\necho "pg_dump (PostgreSQL) 9.6.24"\n`, {
      mode: 0o755,
    });
    expect(() => findPgTool("pg_dump", 15, [old])).toThrow(/9\.6 .*older than the PostgreSQL server \(15\)/);
  });
});
