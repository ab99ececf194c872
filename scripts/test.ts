// npm test: every check, in order, stopping at the first failure (format, lint and
// typecheck run side by side, as one step).
//
//   npm test                              all stages
//   npm test -- --only unit,integration   some stages (names below; "integration" = both databases)
//   npm test -- --list                    the stages
//
// Stages that need something missing here (PostgreSQL, Chromium) are skipped
// with a note on how to provide it; REQUIRE_ALL=1 (CI) turns a skip into a failure.
// TEST_DATABASE_URL: a PostgreSQL server for the integration tests, the
// end-to-end server and the command tests (a URL with a database to connect to
// for CREATE DATABASE); without it a throwaway server is started when
// PostgreSQL is installed (/usr/lib/postgresql/*/bin) and kept until the last
// stage has finished.
// CHROME_PATH: the Chromium for Playwright (default /usr/bin/chromium-headless-shell, else
// /usr/bin/chromium: scripts/lib/chromium.ts).
//
// The summary lists every stage with its time and test counts; the last line,
// `tests: N passed, M failed`, counts tests (from the JSON reports of Vitest and
// Playwright), and a check stage (format, lint, types) that fails counts as one
// failed test.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { CHROMIUM_CANDIDATES } from "./lib/chromium";
import { findPostgresBin, startCluster, type Cluster } from "./lib/pg-cluster";
import { readCounts, type Counts } from "./lib/test-report";

type Prepared = { env?: Record<string, string> } | { skip: string };
type Stage = {
  name: string;
  title: string;
  command: string[];
  env?: Record<string, string>;
  /** Finds what the stage needs; returns a reason to skip it when something is missing. */
  prepare?: () => Promise<Prepared>;
  /** How the stage reports its test counts (none: a check, which passes or fails as a whole). */
  report?: "vitest" | "playwright";
  /**
   * Neighbouring stages of one group run at the same time, their output shown
   * as each ends: the checks are mostly single-threaded, so together they take
   * about as long as the longest.
   */
  group?: string;
};
type Outcome = "passed" | "failed" | "skipped" | "not run";
type Result = { stage: Stage; outcome: Outcome; ms: number; note?: string; counts?: Counts };

const bin = (name: string) => path.resolve("node_modules", ".bin", name);
// vitest.config.ts is TypeScript in a CommonJS package: Vite says so on every load.
const vitestEnv = { VITE_CONFIG_NATIVE_IGNORE_WARNING: "true" };

// --------------------------------------------------------------- PostgreSQL

let cluster: Cluster | null = null;

/** TEST_DATABASE_URL, or a throwaway server started once and shared by every stage that needs one. */
async function preparePostgres(): Promise<Prepared> {
  if (process.env.TEST_DATABASE_URL) return { env: { TEST_DATABASE_URL: process.env.TEST_DATABASE_URL } };
  if (cluster) return { env: { TEST_DATABASE_URL: cluster.url } };
  const pgBin = findPostgresBin();
  if (!pgBin) {
    return {
      skip:
        "PostgreSQL is missing. Either set TEST_DATABASE_URL=postgresql://USER@HOST:PORT/postgres " +
        "(a server where the tests may CREATE DATABASE), or install PostgreSQL (apt-get install postgresql) " +
        "so that a throwaway server can be started from /usr/lib/postgresql/*/bin.",
    };
  }
  const started = Date.now();
  cluster = await startCluster(pgBin);
  console.log(`Started a throwaway PostgreSQL (${pgBin}) in ${Date.now() - started} ms: ${cluster.url}`);
  return { env: { TEST_DATABASE_URL: cluster.url } };
}

function stopCluster() {
  if (!cluster) return;
  const c = cluster;
  cluster = null;
  c.stop();
}

// ----------------------------------------------------------------- Chromium

async function prepareChromium(): Promise<Prepared> {
  if (process.env.CHROME_PATH) {
    if (fs.existsSync(process.env.CHROME_PATH)) return { env: { CHROME_PATH: process.env.CHROME_PATH } };
    return { skip: `CHROME_PATH=${process.env.CHROME_PATH} does not exist.` };
  }
  const candidates = [...CHROMIUM_CANDIDATES];
  try {
    // Playwright's own download, where there is one.
    candidates.push((await import("@playwright/test")).chromium.executablePath());
  } catch {
    // Only the system browser counts.
  }
  const found = candidates.find((c) => fs.existsSync(c));
  if (found) return { env: { CHROME_PATH: found } };
  return {
    skip:
      "Chromium is missing. Install it (apt-get install -y chromium-headless-shell, or chromium) " +
      "or set CHROME_PATH to a Chromium or Chrome executable.",
  };
}

/**
 * The end-to-end server runs `npm start` on PostgreSQL when there is one (the
 * production path), else on the embedded database.
 */
async function prepareEndToEnd(): Promise<Prepared> {
  const chromium = await prepareChromium();
  if ("skip" in chromium) return chromium;
  const postgres = await preparePostgres();
  if ("skip" in postgres) {
    console.log(`No PostgreSQL: the app runs on the embedded database. (${postgres.skip})`);
    return chromium;
  }
  return { env: { ...chromium.env, ...postgres.env } };
}

// ------------------------------------------------------------------- stages

const stages: Stage[] = [
  // Prettier and ESLint remember what they checked in node_modules/.cache and check again only the
  // files (or settings) that changed since: a second run takes a second or two, not 10-20 s.
  // (ESLint's cache is safe here: no rule reads types or other files.)
  {
    name: "format",
    title: "Prettier",
    command: [
      bin("prettier"),
      "--check",
      "--cache",
      "--cache-location",
      "node_modules/.cache/prettier/cache",
      ".",
    ],
    group: "checks",
  },
  {
    name: "lint",
    title: "ESLint",
    command: [bin("eslint"), "--cache", "--cache-location", "node_modules/.cache/eslint/", "."],
    group: "checks",
  },
  { name: "typecheck", title: "TypeScript", command: [bin("tsc"), "--noEmit"], group: "checks" },
  {
    name: "unit",
    title: "Unit tests",
    command: [bin("vitest"), "run", "--project", "unit*"],
    env: vitestEnv,
    report: "vitest",
  },
  {
    name: "integration-pglite",
    title: "Integration tests on PGlite",
    command: [bin("vitest"), "run", "--project", "integration*"],
    env: { ...vitestEnv, KINTSUGI_TEST_DB: "pglite" },
    report: "vitest",
  },
  {
    name: "integration-postgres",
    title: "Integration tests on PostgreSQL",
    command: [bin("vitest"), "run", "--project", "integration*"],
    env: { ...vitestEnv, KINTSUGI_TEST_DB: "postgres" },
    prepare: preparePostgres,
    report: "vitest",
  },
  {
    name: "e2e",
    title: "Playwright against npm start (PostgreSQL when available)",
    command: [bin("playwright"), "test"],
    prepare: prepareEndToEnd,
    report: "playwright",
  },
  {
    name: "commands",
    title: "The documented commands (npm start, demo, dev, db:*)",
    command: [bin("vitest"), "run", "--project", "commands"],
    env: vitestEnv,
    prepare: preparePostgres,
    report: "vitest",
  },
];

const aliases: Record<string, string[]> = {
  integration: ["integration-pglite", "integration-postgres"],
  pglite: ["integration-pglite"],
  postgres: ["integration-postgres"],
  playwright: ["e2e"],
  prettier: ["format"],
  eslint: ["lint"],
  tsc: ["typecheck"],
};

function selectStages(argv: string[]): Stage[] {
  let only: string[] | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--list") {
      for (const s of stages) console.log(`${s.name.padEnd(22)} ${s.title}`);
      console.log(
        `\naliases: ${Object.entries(aliases)
          .map(([a, t]) => `${a}=${t.join("+")}`)
          .join(", ")}`,
      );
      process.exit(0);
    } else if (arg === "--only" || arg.startsWith("--only=")) {
      const value = arg === "--only" ? argv[++i] : arg.slice("--only=".length);
      if (!value) throw new Error("--only needs a list of stages, e.g. --only unit,integration");
      only = value.split(",").flatMap((n) => aliases[n.trim()] ?? [n.trim()]);
    } else {
      throw new Error(
        `Unknown argument ${arg}. Usage: npm test [-- --only ${stages.map((s) => s.name).join(",")}] [--list]`,
      );
    }
  }
  if (!only) return stages;
  const unknown = only.filter((n) => !stages.some((s) => s.name === n));
  if (unknown.length) throw new Error(`Unknown stage(s): ${unknown.join(", ")} (see npm test -- --list)`);
  return stages.filter((s) => only.includes(s.name));
}

// ------------------------------------------------------------------ running

const current = new Set<ChildProcess>();

const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), "kintsugi-test-reports-"));
process.on("exit", () => fs.rmSync(reportDir, { recursive: true, force: true }));

/** Where the stage writes its JSON report, and the arguments or environment that ask for it. */
function reportRequest(stage: Stage): { file: string; args: string[]; env: Record<string, string> } | null {
  if (!stage.report) return null;
  const file = path.join(reportDir, `${stage.name}.json`);
  fs.rmSync(file, { force: true });
  if (stage.report === "vitest") {
    return { file, args: ["--reporter=default", "--reporter=json", `--outputFile.json=${file}`], env: {} };
  }
  // playwright.config.ts adds the JSON reporter when this is set.
  return { file, args: [], env: { PLAYWRIGHT_JSON_OUTPUT_FILE: file } };
}

/**
 * Runs the stage's command. `capture`: its output is kept and printed, under
 * the stage's heading, when it ends (stages running together do not interleave).
 */
function run(
  stage: Stage,
  extraEnv: Record<string, string>,
  extraArgs: string[] = [],
  capture = false,
): Promise<number> {
  const [command, ...baseArgs] = stage.command;
  const args = [...baseArgs, ...extraArgs];
  const output: Buffer[] = [];
  return new Promise((resolve) => {
    const child = spawn(command!, args, {
      stdio: capture ? ["ignore", "pipe", "pipe"] : "inherit",
      env: { ...process.env, ...stage.env, ...extraEnv },
    });
    current.add(child);
    child.stdout?.on("data", (chunk: Buffer) => output.push(chunk));
    child.stderr?.on("data", (chunk: Buffer) => output.push(chunk));
    // A command that cannot start emits "error" and then "close": finish once.
    let finished = false;
    const finish = (code: number, problem?: string) => {
      if (finished) return;
      finished = true;
      current.delete(child);
      if (capture) {
        console.log(`\n=== ${stage.title} (${stage.name}) ===`);
        process.stdout.write(Buffer.concat(output));
      }
      if (problem) console.error(problem);
      resolve(code);
    };
    child.on("error", (error) => finish(127, `Could not start ${command}: ${error.message}`));
    child.on("close", (code, signal) =>
      finish(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : 1)),
    );
  });
}

function formatDuration(ms: number) {
  return ms < 60_000
    ? `${(ms / 1000).toFixed(1)} s`
    : `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

async function main() {
  const selected = selectStages(process.argv.slice(2));
  const requireAll = process.env.REQUIRE_ALL === "1" || process.env.REQUIRE_ALL === "true";
  const results: Result[] = selected.map((stage) => ({ stage, outcome: "not run", ms: 0 }));

  const onSignal = (signal: NodeJS.Signals) => {
    console.error(`\n${signal}: stopping.`);
    for (const child of current) child.kill(signal);
    stopCluster();
    process.exit(128 + (os.constants.signals[signal] ?? 0));
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);

  // What the e2e build would check again: skipped when this run type-checks first (next.config.js).
  const typeChecked = results.some((r) => r.stage.name === "typecheck");

  const runStage = async (result: Result, together: boolean) => {
    const { stage } = result;
    const started = Date.now();
    if (!together) console.log(`\n=== ${stage.title} (${stage.name}) ===`);
    try {
      const prepared = stage.prepare ? await stage.prepare() : {};
      if ("skip" in prepared) {
        result.outcome = "skipped";
        result.note = prepared.skip;
        console.log(`SKIPPED: ${prepared.skip}`);
        if (requireAll) {
          console.log("REQUIRE_ALL=1: a skipped stage counts as failed.");
          result.outcome = "failed";
        }
      } else {
        const report = reportRequest(stage);
        const skipBuildTypecheck: Record<string, string> =
          stage.name === "e2e" && typeChecked ? { KINTSUGI_BUILD_SKIP_TYPECHECK: "1" } : {};
        const env = { ...prepared.env, ...report?.env, ...skipBuildTypecheck };
        const code = await run(stage, env, report?.args, together);
        result.outcome = code === 0 ? "passed" : "failed";
        if (code !== 0) result.note = `exit code ${code}`;
        if (report && stage.report) {
          result.counts = readCounts(stage.report, report.file) ?? undefined;
          if (!result.counts) result.note = `${result.note ? `${result.note}; ` : ""}no test report`;
        }
      }
    } catch (error) {
      result.outcome = "failed";
      result.note = error instanceof Error ? error.message : String(error);
      console.error(result.note);
    } finally {
      result.ms = Date.now() - started;
    }
  };

  const total = Date.now();
  for (let i = 0; i < results.length;) {
    // This stage and the neighbours of its group.
    const group = results[i]!.stage.group;
    let end = i + 1;
    while (group && end < results.length && results[end]!.stage.group === group) end++;
    const batch = results.slice(i, end);
    await Promise.all(batch.map((result) => runStage(result, batch.length > 1)));
    if (batch.some((result) => result.outcome === "failed")) break;
    i = end;
  }
  stopCluster();

  let passed = 0;
  let failed = 0;
  console.log(`\n=== Summary (${formatDuration(Date.now() - total)}) ===`);
  for (const r of results) {
    const c = r.counts;
    if (c) {
      passed += c.passed;
      failed += c.failed;
    }
    // A failed check, or a test stage that failed without a failed test (it crashed): one failure.
    if (r.outcome === "failed" && !(c && c.failed > 0)) failed += 1;
    const time = r.outcome === "not run" ? "" : formatDuration(r.ms);
    const tests = c
      ? `${c.passed} passed${c.failed ? `, ${c.failed} failed` : ""}${c.skipped ? `, ${c.skipped} skipped` : ""}`
      : r.stage.report || r.outcome === "not run" || r.outcome === "skipped"
        ? ""
        : "check";
    const note = r.note ? `  (${r.note.split("\n")[0]})` : "";
    console.log(
      `${r.outcome.toUpperCase().padEnd(8)} ${r.stage.name.padEnd(22)} ${time.padStart(12)}  ${tests}${note}`,
    );
  }
  console.log(`tests: ${passed} passed, ${failed} failed`);
  process.exit(results.some((r) => r.outcome === "failed") ? 1 : 0);
}

main().catch((error: unknown) => {
  stopCluster();
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
