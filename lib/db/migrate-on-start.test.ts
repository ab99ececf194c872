import { describe, expect, it } from "vitest";
import { MigrationChangedError, readMigrations, type SqlRunner } from "./migrate";
import { startMigrations } from "./migrate-on-start";

const quiet = { log: () => {}, error: () => {} };

/** A runner whose database is "down" for the first `failures` attempts, then empty and answering. */
function fakeRunner(failures: number, error: Error = new Error("connect ECONNREFUSED 127.0.0.1:5432")) {
  let attempts = 0;
  const applied: string[] = [];
  const exec = async () => {};
  const query = async (text: string, params?: unknown[]) => {
    if (text.startsWith("INSERT")) applied.push(String(params?.[2]));
    return [];
  };
  const runner: SqlRunner = {
    exec,
    query,
    transaction: (fn) => fn({ exec, query }),
    withLock: async (fn) => {
      attempts++;
      if (attempts <= failures) throw error;
      return fn();
    },
  };
  return { runner, applied, attempts: () => attempts };
}

describe("startMigrations", () => {
  it("retries with backoff until the database answers, reporting 'starting' meanwhile", async () => {
    const fake = fakeRunner(3);
    const starter = startMigrations(() => fake.runner, { initialDelayMs: 5, maxDelayMs: 20, log: quiet });
    await starter.firstAttempt;
    expect(starter.state()).toMatchObject({
      state: "starting",
      attempts: 1,
      reason: expect.stringContaining("ECONNREFUSED"),
    });
    await starter.ready;
    expect(fake.attempts()).toBe(4);
    expect(starter.state()).toMatchObject({ state: "ready", attempts: 4 });
    expect(fake.applied).toEqual(readMigrations().map((m) => m.name));
  });

  it("counts a failure to open the database (getSql throwing) as an attempt", async () => {
    let calls = 0;
    const fake = fakeRunner(0);
    const starter = startMigrations(
      () => {
        if (++calls < 3) throw new Error("cannot open");
        return fake.runner;
      },
      { initialDelayMs: 5, log: quiet },
    );
    await starter.ready;
    expect(calls).toBe(3);
  });

  it("stops at a permanent failure (a changed migration) instead of retrying", async () => {
    const fake = fakeRunner(100, new MigrationChangedError("Migration x was changed after it was applied."));
    const starter = startMigrations(() => fake.runner, { initialDelayMs: 5, log: quiet });
    await expect(starter.ready).rejects.toBeInstanceOf(MigrationChangedError);
    expect(fake.attempts()).toBe(1);
    expect(starter.state()).toEqual({
      state: "failed",
      reason: "Migration x was changed after it was applied.",
    });
  });

  it("can be stopped while retrying", async () => {
    const fake = fakeRunner(100);
    const starter = startMigrations(() => fake.runner, { initialDelayMs: 10_000, log: quiet });
    await starter.firstAttempt;
    starter.stop();
    await expect(starter.ready).rejects.toThrow(/stopped/);
  });
});
