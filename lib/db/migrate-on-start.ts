// Applying migrations when a server starts, until they succeed.
//
// A server may start before its database (a reboot, a compose file, a
// PostgreSQL failover): the first attempt then fails, and the server must not
// run for its whole life on a missing schema. startMigrations() retries with
// a capped exponential backoff, logging each failure, and reports its state,
// which /api/health (server/health.ts) turns into "starting" (503) until the
// migrations are applied.
//
// Not "server-only": a production entry point (scripts/start.ts) may use it.
import { DataDirLockedError } from "./data-dir-lock";
import { applyMigrations, defaultMigrationsDir, MigrationChangedError, type SqlRunner } from "./migrate";

export type Readiness =
  /** Startup has not run in this process (tests, scripts). */
  | { state: "idle" }
  /** Migrations have not been applied yet; retrying. */
  | { state: "starting"; attempts: number; reason: string; since: string }
  | { state: "ready"; applied: string[]; attempts: number }
  /** A failure that retrying cannot fix (a changed migration, a locked data folder). */
  | { state: "failed"; reason: string };

export type MigrationStarter = {
  state(): Readiness;
  /** Settles after the first attempt, whatever its outcome. */
  firstAttempt: Promise<void>;
  /** Resolves when the migrations are applied; rejects on a permanent failure. */
  ready: Promise<string[]>;
  /** Stops retrying (shutdown, tests). */
  stop(): void;
};

export type StartOptions = {
  migrationsDir?: string;
  /** First retry delay; doubles up to maxDelayMs. */
  initialDelayMs?: number;
  maxDelayMs?: number;
  log?: Pick<Console, "log" | "error">;
};

/** Errors that retrying cannot fix. */
export function isPermanentStartupError(error: unknown): boolean {
  return error instanceof MigrationChangedError || error instanceof DataDirLockedError;
}

function describe(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return describe(error.errors[0]);
  if (error instanceof Error) return error.message.split("\n")[0] || error.name;
  return String(error);
}

/**
 * Applies the migrations through `getSql()` (called at every attempt, so it
 * may open the database lazily and throw while it is unreachable), retrying
 * until they are applied.
 */
export function startMigrations(getSql: () => SqlRunner, options: StartOptions = {}): MigrationStarter {
  const {
    migrationsDir = defaultMigrationsDir,
    initialDelayMs = 500,
    maxDelayMs = 10_000,
    log = console,
  } = options;
  const since = new Date().toISOString();
  let current: Readiness = { state: "starting", attempts: 0, reason: "applying migrations", since };
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let wake: (() => void) | null = null;
  let settleFirst!: () => void;
  const firstAttempt = new Promise<void>((resolve) => (settleFirst = resolve));

  const ready = (async () => {
    let delay = initialDelayMs;
    for (let attempt = 1; ; attempt++) {
      try {
        const applied = await applyMigrations(getSql(), migrationsDir);
        current = { state: "ready", applied, attempts: attempt };
        if (applied.length > 0) log.log(`[kintsugi] applied migrations: ${applied.join(", ")}`);
        if (attempt > 1) log.log(`[kintsugi] migrations up to date after ${attempt} attempts`);
        settleFirst();
        return applied;
      } catch (error) {
        if (isPermanentStartupError(error)) {
          current = { state: "failed", reason: describe(error) };
          log.error(`[kintsugi] cannot start: ${error instanceof Error ? error.message : String(error)}`);
          settleFirst();
          throw error;
        }
        const reason = `database not reachable or not migrated (${describe(error)})`;
        current = { state: "starting", attempts: attempt, reason, since };
        log.error(
          `[kintsugi] could not apply migrations (attempt ${attempt}): ${describe(error)}; retrying in ${(delay / 1000).toFixed(1)} s`,
        );
        settleFirst();
      }
      if (stopped) throw new Error("migrations stopped before they were applied");
      await new Promise<void>((resolve) => {
        wake = resolve;
        timer = setTimeout(resolve, delay);
        timer.unref();
      });
      wake = null;
      if (stopped) throw new Error("migrations stopped before they were applied");
      delay = Math.min(delay * 2, maxDelayMs);
    }
  })();
  // The outcome is read through state(); an unobserved rejection must not crash the process.
  ready.catch(() => {});

  return {
    state: () => current,
    firstAttempt,
    ready,
    stop() {
      stopped = true;
      clearTimeout(timer);
      wake?.();
    },
  };
}
