// next.config.js gives `next build` a stable Server Actions key, so action
// ids stay the same across builds of the same source (no deploy skew).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const KEY = "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY";

/** Loads next.config.js in a fresh Node for `phase` and prints the key Next would see. */
function keyFor(phase: string, env: Record<string, string | undefined>): string {
  const script = `const load = require(${JSON.stringify(path.join(root, "next.config.js"))});
    const config = load(${JSON.stringify(phase)}, {});
    if (!config || config.poweredByHeader !== false) throw new Error("not the app's config");
    process.stdout.write(process.env.${KEY} ?? "(unset)");`;
  const childEnv: Record<string, string> = { PATH: process.env.PATH ?? "" };
  for (const [k, v] of Object.entries(env)) if (v !== undefined) childEnv[k] = v;
  return execFileSync(process.execPath, ["-e", script], {
    env: childEnv as NodeJS.ProcessEnv,
    encoding: "utf8",
  });
}

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kintsugi-key-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("the Server Actions key in next.config.js", () => {
  it("takes the environment's key when set, and writes no file", () => {
    const dataDir = tempDir();
    const key = Buffer.alloc(32, 7).toString("base64");
    expect(keyFor("phase-production-build", { KINTSUGI_DATA_DIR: dataDir, [KEY]: key })).toBe(key);
    expect(fs.existsSync(path.join(dataDir, "server-actions-key"))).toBe(false);
  });

  it("otherwise generates one key into the data folder and reuses it for every later build", () => {
    const dataDir = path.join(tempDir(), "not-yet-there");
    const first = keyFor("phase-production-build", { KINTSUGI_DATA_DIR: dataDir });
    expect(Buffer.from(first, "base64")).toHaveLength(32); // AES-256, as Next expects
    expect(fs.readFileSync(path.join(dataDir, "server-actions-key"), "utf8")).toBe(first);
    expect(keyFor("phase-production-build", { KINTSUGI_DATA_DIR: dataDir })).toBe(first);
    expect(keyFor("phase-development-server", { KINTSUGI_DATA_DIR: dataDir })).toBe(first);
    // Another data folder, another key.
    expect(keyFor("phase-production-build", { KINTSUGI_DATA_DIR: tempDir() })).not.toBe(first);
  });

  it("leaves `next start` to the key its build recorded", () => {
    const dataDir = tempDir();
    expect(keyFor("phase-production-server", { KINTSUGI_DATA_DIR: dataDir })).toBe("(unset)");
    expect(fs.existsSync(path.join(dataDir, "server-actions-key"))).toBe(false);
  });
});

describe("the build's type check in next.config.js", () => {
  const ignoresTypeErrors = (env: Record<string, string>) =>
    execFileSync(
      process.execPath,
      [
        "-e",
        `const c = require(${JSON.stringify(path.join(root, "next.config.js"))})("phase-production-server", {});
         process.stdout.write(String(c.typescript.ignoreBuildErrors));`,
      ],
      {
        env: { PATH: process.env.PATH ?? "", ...env } as Record<string, string> as NodeJS.ProcessEnv,
        encoding: "utf8",
      },
    );

  it("runs in every build, the documented one included", () => {
    expect(ignoresTypeErrors({})).toBe("false");
    expect(ignoresTypeErrors({ KINTSUGI_BUILD_SKIP_TYPECHECK: "true" })).toBe("false");
  });

  it("is skipped only when npm test has already type-checked", () => {
    expect(ignoresTypeErrors({ KINTSUGI_BUILD_SKIP_TYPECHECK: "1" })).toBe("true");
  });
});
