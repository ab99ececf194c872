import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Env } from "@/lib/env";

/**
 * The secret that signs session tokens. From NEXTAUTH_SECRET when set; in
 * embedded mode generated once and kept beside the data (so the two-command
 * start needs no configuration); required in production with PostgreSQL,
 * where several servers must share it.
 */
export function resolveAuthSecret(env: Env): string {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  if (env.databaseMode === "embedded") {
    const file = path.join(env.dataDir, "auth-secret");
    try {
      return fs.readFileSync(file, "utf8").trim();
    } catch {
      fs.mkdirSync(env.dataDir, { recursive: true });
      const secret = crypto.randomBytes(32).toString("base64url");
      // "wx": if another process wrote it first, keep theirs.
      try {
        fs.writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
        return secret;
      } catch {
        return fs.readFileSync(file, "utf8").trim();
      }
    }
  }
  if (env.NODE_ENV === "production") {
    throw new Error(
      "NEXTAUTH_SECRET is required when DATABASE_URL points at a PostgreSQL server in production.",
    );
  }
  return devSecret;
}

const devSecret = crypto.randomBytes(32).toString("base64url");
