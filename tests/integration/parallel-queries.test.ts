// Queries inside a transaction run one at a time (issue 8, fault 11). The
// guard (lib/db/transaction-guard.ts, installed for every test in setup.ts)
// reports a `tx` query started while another runs; on PostgreSQL the pool
// serialises what Prisma itself sends at once, so pg never warns.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { onParallelTransactionQuery, type ParallelQueryReport } from "@/lib/db/transaction-guard";
import { testDatabase, testDb } from "./db";
import { makeTeam } from "./factories";

const warnings: string[] = [];
const onWarning = (warning: Error) => warnings.push(warning.message);
beforeEach(() => {
  warnings.length = 0;
  process.on("warning", onWarning);
});
afterEach(() => {
  process.off("warning", onWarning);
});

function capture<T>(fn: () => Promise<T>): Promise<{ result: T; reports: ParallelQueryReport[] }> {
  const reports: ParallelQueryReport[] = [];
  const previous = onParallelTransactionQuery((report) => reports.push(report));
  return fn()
    .then((result) => ({ result, reports }))
    .finally(() => onParallelTransactionQuery(previous));
}

describe("queries inside a transaction", () => {
  it("reports tx queries sent in parallel (Promise.all), with where they were started", async () => {
    await makeTeam("Alpha");
    const { result, reports } = await capture(() =>
      testDb().$transaction(async (tx) =>
        Promise.all([tx.team.count(), tx.user.count(), tx.$queryRaw`SELECT 1`]),
      ),
    );
    expect(result.slice(0, 2)).toEqual([1, 0]);
    expect(reports.map((r) => r.operation)).toEqual(["user.count", "$queryRaw"]);
    expect(reports[0]!.running).toBe("team.count");
    expect(reports[0]!.stack).toContain("parallel-queries.test.ts");
  });

  it("does not report queries awaited one after the other, nor parallel queries outside a transaction", async () => {
    const { reports } = await capture(async () => {
      await testDb().$transaction(async (tx) => {
        await tx.team.count();
        await tx.user.count();
      });
      await Promise.all([testDb().team.count(), testDb().user.count()]);
    });
    expect(reports).toEqual([]);
  });

  it("lets Prisma load several relations in a transaction without pg's parallel-query warning", async () => {
    const team = await makeTeam("Beta");
    const loaded = await testDb().$transaction(async (tx) =>
      tx.team.findUniqueOrThrow({
        where: { id: team.id },
        select: {
          id: true,
          memberships: { select: { id: true } },
          templates: { select: { id: true } },
          invites: { select: { id: true } },
          postmortems: { select: { id: true } },
        },
      }),
    );
    expect(loaded).toEqual({ id: team.id, memberships: [], templates: [], invites: [], postmortems: [] });
    await new Promise((resolve) => setImmediate(resolve));
    expect(warnings.filter((w) => /already executing a query/.test(w))).toEqual([]);
  });

  it.runIf(testDatabase().mode === "postgres")(
    "runs queries sent at once on one pool connection one after the other",
    async () => {
      const client = await testDatabase().pool!.connect();
      try {
        const order: string[] = [];
        const slow = client
          .query("SELECT pg_sleep(0.1), 'slow' AS which")
          .then((r) => order.push(r.rows[0].which));
        const fast = client.query("SELECT 'fast' AS which").then((r) => order.push(r.rows[0].which));
        const last = client.query("SELECT 'last' AS which").then((r) => order.push(r.rows[0].which));
        await Promise.all([slow, fast, last]);
        expect(order).toEqual(["slow", "fast", "last"]);
        // pg's warning is emitted on the next tick.
        await new Promise((resolve) => setImmediate(resolve));
      } finally {
        client.release();
      }
      expect(warnings.filter((w) => /already executing a query/.test(w))).toEqual([]);
    },
  );
});
