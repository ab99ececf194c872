// The cases scripts/bench-lists.ts times (kept apart so the data layer is
// imported after the database is in place).
import type { Database } from "../lib/db/connect";
import { encodeCursor } from "../lib/keyset";
import type { Actor } from "../server/auth/actor";
import { listActionItems } from "../server/action-items/queries";
import { listTeamPostmortems } from "../server/postmortems/queries";

const actor: Actor = {
  userId: "u_bench",
  email: "bench@example.test",
  name: "Bench",
  isAdmin: false,
  memberships: [{ teamId: "t_bench", slug: "bench", teamName: "Bench", role: "WRITER" }],
  sessionId: "s_bench",
};

/** A member of the other, smaller team only (a tenth of the rows). */
const small: Actor = {
  ...actor,
  userId: "u_other",
  memberships: [{ teamId: "t_other", slug: "other", teamName: "Other", role: "WRITER" }],
};

const last = encodeCursor({ dir: "last" });

export async function measure(
  database: Database,
  timeIt: (label: string, fn: () => Promise<unknown>) => Promise<void>,
) {
  await timeIt("postmortems page 1", () => listTeamPostmortems(actor, "t_bench", {}));
  await timeIt("postmortems last page", () => listTeamPostmortems(actor, "t_bench", { cursor: last }));
  const middle = await listTeamPostmortems(actor, "t_bench", {
    cursor: encodeCursor({ dir: "after", key: ["2025-01-20T00:00:00.000Z", "z"] }),
  });
  await timeIt("postmortems a middle page, next", () =>
    listTeamPostmortems(actor, "t_bench", { cursor: middle.links.next! }),
  );
  await timeIt("postmortems in review page 1", () =>
    listTeamPostmortems(actor, "t_bench", { status: "IN_REVIEW" }),
  );
  await timeIt("postmortems flagged page 1", () => listTeamPostmortems(actor, "t_bench", { flagged: true }));
  await timeIt("action items open page 1", () => listActionItems(actor, { filter: "open" }));
  await timeIt("action items open last page", () => listActionItems(actor, { filter: "open", cursor: last }));
  await timeIt("action items overdue page 1", () => listActionItems(actor, { filter: "overdue" }));
  await timeIt("action items done page 1", () => listActionItems(actor, { filter: "done" }));
  await timeIt("action items all last page", () => listActionItems(actor, { filter: "all", cursor: last }));
  await timeIt("small team: action items open page 1", () => listActionItems(small, { filter: "open" }));
  await timeIt("small team: action items all last page", () =>
    listActionItems(small, { filter: "all", cursor: last }),
  );
  await timeIt("small team: postmortems page 1", () => listTeamPostmortems(small, "t_other", {}));
  await explain(database);
}

/** The plans of the id queries (a middle page, one team), and of what OFFSET paging ran before. */
async function explain(database: Database) {
  const [{ n }] = (await database.sql.query(
    `SELECT count(*)::int AS n FROM "Postmortem" WHERE "teamId" = 't_bench'`,
  )) as [{ n: number }];
  const plans = {
    "before: postmortems last page by OFFSET": `SELECT "id" FROM "Postmortem" WHERE "teamId" = 't_bench' ORDER BY "updatedAt" DESC, "id" DESC OFFSET ${n - 20} LIMIT 20`,
    "before: postmortems exact count": `SELECT count(*) FROM "Postmortem" WHERE "teamId" = 't_bench'`,
    "before: action items open page 1 (as Prisma sent it)": `SELECT a."id" FROM "ActionItem" a WHERE a."postmortemId" IN (SELECT p."id" FROM "Postmortem" p WHERE p."teamId" IN ('t_bench')) AND a."status" IN ('OPEN', 'IN_PROGRESS') ORDER BY a."dueDate" ASC NULLS LAST, a."id" ASC OFFSET 0 LIMIT 25`,
    "before: action items open exact count": `SELECT count(*) FROM "ActionItem" a WHERE a."postmortemId" IN (SELECT p."id" FROM "Postmortem" p WHERE p."teamId" IN ('t_bench')) AND a."status" IN ('OPEN', 'IN_PROGRESS')`,
    "postmortems last page (reversed)": `SELECT "id" FROM "Postmortem" WHERE "teamId" = 't_bench' ORDER BY "updatedAt" ASC, "id" ASC LIMIT 21`,
    "postmortems page": `SELECT "id" FROM "Postmortem" WHERE "teamId" = 't_bench' AND ("updatedAt", "id") < ('2025-02-01T00:00:00.000Z'::timestamptz, 'z') ORDER BY "updatedAt" DESC, "id" DESC LIMIT 21`,
    "postmortems count": `SELECT count(*)::int AS n FROM (SELECT 1 FROM "Postmortem" WHERE "teamId" = 't_bench' LIMIT 1001) AS capped`,
    "action items open page": `SELECT a."id" FROM "ActionItem" a JOIN "Postmortem" p ON p."id" = a."postmortemId" WHERE p."teamId" IN ('t_bench') AND a."status" IN ('OPEN', 'IN_PROGRESS') AND a."dueDate" IS NOT NULL AND (a."dueDate", a."id") > ('2025-06-01'::date, 'z') ORDER BY a."dueDate", a."id" LIMIT 26`,
    "action items open count": `SELECT count(*)::int AS n FROM (SELECT 1 FROM "ActionItem" a JOIN "Postmortem" p ON p."id" = a."postmortemId" WHERE p."teamId" IN ('t_bench') AND a."status" IN ('OPEN', 'IN_PROGRESS') LIMIT 1001) AS capped`,
  };
  for (const [label, sql] of Object.entries(plans)) {
    const rows = await database.sql.query(`EXPLAIN (ANALYZE, COSTS OFF) ${sql}`);
    const lines = rows.map((r) => String(r["QUERY PLAN"]));
    if (process.env.BENCH_PLANS) console.log(`  -- ${label}\n${lines.map((l) => `     ${l}`).join("\n")}`);
    else console.log(`  ${label.padEnd(56)} ${lines.find((l) => l.startsWith("Execution Time"))}`);
  }
}
