/* eslint-disable @typescript-eslint/no-require-imports -- next.config.js is CommonJS, loaded by Next as is. */
const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");

const KEY_VARIABLE = "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY";
const KEY_FILE = "server-actions-key";

/**
 * Server Action ids are hashed with the Server Actions encryption key, and
 * Next generates a new key for every build unless one is given: a page opened
 * before a redeploy would then call actions the new server no longer knows.
 * A key from the environment wins (set the same value at build time on every
 * server); otherwise one is generated once and kept in the data folder, like
 * the auth secret, so rebuilding the same source keeps every action id.
 *
 * Only the build and the dev server need it: `next start` reads the key the
 * build recorded in its manifest, so a server never runs with another key
 * than the build it serves.
 */
function resolveServerActionsKey(phase, env = process.env) {
  if (env[KEY_VARIABLE]) return env[KEY_VARIABLE];
  if (phase !== "phase-production-build" && phase !== "phase-development-server") return undefined;
  const dataDir = path.resolve(env.KINTSUGI_DATA_DIR || "./data");
  const file = path.join(dataDir, KEY_FILE);
  const read = () => fs.readFileSync(file, "utf8").trim();
  try {
    return read();
  } catch {
    // Not there yet: generate it below.
  }
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    // An AES-256 key, base64: the format Next expects.
    const key = crypto.randomBytes(32).toString("base64");
    // "wx": if another process wrote it first, keep theirs.
    fs.writeFileSync(file, key, { mode: 0o600, flag: "wx" });
    return key;
  } catch {
    try {
      return read();
    } catch (error) {
      console.warn(
        `[kintsugi] could not keep a Server Actions key in ${file} (${error.message}); ` +
          `action ids will change with every build. Set ${KEY_VARIABLE} to keep them.`,
      );
      return undefined;
    }
  }
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // A separate build folder lets a second test run build without disturbing the first.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // npm test type-checks in its own stage before the end-to-end build, which
  // then skips the same half-minute check (scripts/test.ts sets this). Every
  // other build, the documented one included, type-checks.
  typescript: { ignoreBuildErrors: process.env.KINTSUGI_BUILD_SKIP_TYPECHECK === "1" },
  // PGlite loads its WebAssembly and data files at run time; bundling breaks it.
  // zxcvbn's dictionaries (megabytes, server-only) are loaded from node_modules on first use.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@node-rs/argon2",
    "@zxcvbn-ts/core",
    "@zxcvbn-ts/language-common",
    "@zxcvbn-ts/language-en",
  ],
  async headers() {
    // The Content-Security-Policy (with a per-request nonce) is set in proxy.ts.
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

/** @param {string} phase */
module.exports = (phase) => {
  const key = resolveServerActionsKey(phase);
  // Next reads the key from the environment when the build starts (after loading this file).
  if (key) process.env[KEY_VARIABLE] = key;
  return nextConfig;
};
