import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { boundedCount, decodeCursor, inIdOrder, keysetPage, type PagePlan } from "@/lib/keyset";
import { teamIdsOf, type Actor } from "@/server/auth/actor";
import { countUpToCap } from "@/server/bounded-count";

export const ACTION_PAGE_SIZE = 25;
export type ActionItemFilter = "open" | "overdue" | "done" | "all";

/** The list's key: (dueDate, id), due dates ascending and items without one last. */
const itemKeySchema = z
  .tuple([z.iso.date().nullable(), z.string().min(1).max(64)])
  .transform(([dueDate, id]) => ({ dueDate, id }));
type ItemKey = z.output<typeof itemKeySchema>;

const itemSelect = {
  id: true,
  title: true,
  type: true,
  priority: true,
  status: true,
  dueDate: true,
  ownerTeam: { select: { name: true } },
  ownerUser: { select: { name: true } },
  postmortem: { select: { id: true, number: true, title: true, team: { select: { name: true } } } },
} satisfies Prisma.ActionItemSelect;

/** The filter's conditions on "ActionItem" a (overdue: due before today's UTC date, as before keyset). */
function filterSql(filter: ActionItemFilter, now: Date) {
  if (filter === "open") return Prisma.sql`AND a."status" IN ('OPEN', 'IN_PROGRESS')`;
  if (filter === "done") return Prisma.sql`AND a."status" IN ('DONE', 'WONT_DO')`;
  if (filter === "overdue") {
    const today = now.toISOString().slice(0, 10);
    return Prisma.sql`AND a."status" IN ('OPEN', 'IN_PROGRESS') AND a."dueDate" < ${today}::date`;
  }
  return Prisma.empty;
}

/**
 * The two runs of the order, each one range of the index ActionItem
 * (dueDate, id): items with a due date by (dueDate, id), then those without
 * one by id. A page may span both, so the plan reads the run its key is in,
 * then the next one in its direction if the page is not full yet.
 */
function segmentsFor({ direction, key }: PagePlan<ItemKey>) {
  const dated = (from: Prisma.Sql) => ({ where: Prisma.sql`a."dueDate" IS NOT NULL ${from}`, dated: true });
  const undated = (from: Prisma.Sql) => ({ where: Prisma.sql`a."dueDate" IS NULL ${from}`, dated: false });
  if (direction === "forward") {
    if (!key) return [dated(Prisma.empty), undated(Prisma.empty)];
    if (key.dueDate === null) return [undated(Prisma.sql`AND a."id" > ${key.id}`)];
    return [
      dated(Prisma.sql`AND (a."dueDate", a."id") > (${key.dueDate}::date, ${key.id})`),
      undated(Prisma.empty),
    ];
  }
  if (!key) return [undated(Prisma.empty), dated(Prisma.empty)];
  if (key.dueDate === null) return [undated(Prisma.sql`AND a."id" < ${key.id}`), dated(Prisma.empty)];
  return [dated(Prisma.sql`AND (a."dueDate", a."id") < (${key.dueDate}::date, ${key.id})`)];
}

/** The order of a run: (dueDate, id) or id alone, either way. */
function orderSql(dated: boolean, desc: boolean) {
  if (dated)
    return desc ? Prisma.sql`a."dueDate" DESC, a."id" DESC` : Prisma.sql`a."dueDate" ASC, a."id" ASC`;
  return desc ? Prisma.sql`a."id" DESC` : Prisma.sql`a."id" ASC`;
}

/**
 * Action items of every postmortem of the actor's teams (loaded through the
 * parent postmortem's team, never by id alone), by keyset on (dueDate nulls
 * last, id) (`lib/keyset.ts`). `cursor` is the URL's opaque cursor; anything
 * unreadable is the first page. The total is counted up to COUNT_CAP.
 */
export async function listActionItems(
  actor: Actor,
  options: { filter: ActionItemFilter; cursor?: string | undefined },
  now = new Date(),
) {
  const teamIds = teamIdsOf(actor);
  if (teamIds.length === 0)
    return {
      items: [],
      links: { first: false, previous: null, next: null, last: false },
      total: boundedCount(0),
    };
  // The teams stay in every statement's WHERE: a cursor only says where to start.
  const scope = Prisma.sql`FROM "ActionItem" a JOIN "Postmortem" p ON p."id" = a."postmortemId"
    WHERE p."teamId" IN (${Prisma.join(teamIds)}) ${filterSql(options.filter, now)}`;
  // Counted first: it decides the plan. A walk along (dueDate, id) passes the
  // other teams' items too, which costs about a page over the actor's share of
  // all items: cheap when the actor's teams own many, not for a small team in
  // a large instance. Up to COUNT_CAP matching items, the teams' own items are
  // collected first (through Postmortem's team and ActionItem's postmortem
  // indexes) and sorted: at most COUNT_CAP rows, whatever the instance's size.
  const total = await countUpToCap(scope);
  const fetchIds = async (plan: PagePlan<ItemKey>) => {
    const ids: string[] = [];
    for (const segment of segmentsFor(plan)) {
      if (ids.length >= plan.limit) break;
      const order = orderSql(segment.dated, plan.direction === "backward");
      const limit = plan.limit - ids.length;
      const rows = total.capped
        ? await db.$queryRaw<{ id: string }[]>`
            SELECT a."id", a."dueDate" ${scope} AND ${segment.where} ORDER BY ${order} LIMIT ${limit}`
        : await db.$queryRaw<{ id: string }[]>`
            WITH mine AS MATERIALIZED (SELECT a."id", a."dueDate" ${scope} AND ${segment.where})
            SELECT a."id" FROM mine a ORDER BY ${order} LIMIT ${limit}`;
      ids.push(...rows.map((r) => r.id));
    }
    return ids;
  };
  const page = await keysetPage(
    decodeCursor(options.cursor, itemKeySchema),
    ACTION_PAGE_SIZE,
    async (plan) => {
      const ids = await fetchIds(plan);
      const rows = await db.actionItem.findMany({
        where: { id: { in: ids }, postmortem: { teamId: { in: teamIds } } },
        select: itemSelect,
      });
      return inIdOrder(ids, rows);
    },
    (row) => [row.dueDate ? row.dueDate.toISOString().slice(0, 10) : null, row.id],
  );
  return { items: page.rows, links: page.links, total };
}
