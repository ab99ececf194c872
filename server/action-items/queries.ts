import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { teamIdsOf, type Actor } from "@/server/auth/actor";

export const ACTION_PAGE_SIZE = 25;
export type ActionItemFilter = "open" | "overdue" | "done" | "all";

/**
 * Action items of every postmortem of the actor's teams (loaded through the
 * parent postmortem's team, never by id alone).
 */
export async function listActionItems(
  actor: Actor,
  options: { filter: ActionItemFilter; page: number },
  now = new Date(),
) {
  const where: Prisma.ActionItemWhereInput = { postmortem: { teamId: { in: teamIdsOf(actor) } } };
  if (options.filter === "open") where.status = { in: ["OPEN", "IN_PROGRESS"] };
  if (options.filter === "overdue")
    Object.assign(where, { status: { in: ["OPEN", "IN_PROGRESS"] }, dueDate: { lt: now } });
  if (options.filter === "done") where.status = { in: ["DONE", "WONT_DO"] };
  const [items, total] = await Promise.all([
    db.actionItem.findMany({
      where,
      select: {
        id: true,
        title: true,
        type: true,
        priority: true,
        status: true,
        dueDate: true,
        ownerTeam: { select: { name: true } },
        ownerUser: { select: { name: true } },
        postmortem: { select: { id: true, number: true, title: true, team: { select: { name: true } } } },
      },
      orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      skip: (options.page - 1) * ACTION_PAGE_SIZE,
      take: ACTION_PAGE_SIZE,
    }),
    db.actionItem.count({ where }),
  ]);
  return { items, total, pageCount: Math.max(1, Math.ceil(total / ACTION_PAGE_SIZE)) };
}
