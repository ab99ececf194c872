// The cases scripts/bench-lists.ts times (kept apart so the data layer is
// imported after the database is in place).
import type { Database } from "../lib/db/connect";
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

export async function measure(
  database: Database,
  timeIt: (label: string, fn: () => Promise<unknown>) => Promise<void>,
) {
  const first = await listTeamPostmortems(actor, "t_bench", { page: 1 });
  await timeIt("postmortems page 1", () => listTeamPostmortems(actor, "t_bench", { page: 1 }));
  await timeIt("postmortems last page", () =>
    listTeamPostmortems(actor, "t_bench", { page: first.pageCount }),
  );
  await timeIt("postmortems in review page 1", () =>
    listTeamPostmortems(actor, "t_bench", { page: 1, status: "IN_REVIEW" }),
  );
  const open = await listActionItems(actor, { filter: "open", page: 1 });
  await timeIt("action items open page 1", () => listActionItems(actor, { filter: "open", page: 1 }));
  await timeIt("action items open last page", () =>
    listActionItems(actor, { filter: "open", page: open.pageCount }),
  );
  await timeIt("action items overdue page 1", () => listActionItems(actor, { filter: "overdue", page: 1 }));
  await timeIt("action items done page 1", () => listActionItems(actor, { filter: "done", page: 1 }));
  void database;
}
