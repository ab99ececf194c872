// A team of its own (Gamma) with more postmortems and action items than one
// page holds, for the pager flows in e2e/postmortems.spec.ts. No other spec
// writes to it, so its pages stay put while tests run in parallel.
import type { DbClient } from "../../lib/db/connect";

export const PAGED_POSTMORTEMS = 45;
export const PAGED_ACTION_ITEMS = 30;

/** "Paged incident 07": number 1 is the oldest, so the list starts at 45. */
export const pagedTitle = (n: number) => `Paged incident ${String(n).padStart(2, "0")}`;

export async function seedPagedLists(prisma: DbClient, ids: { teamId: string; ownerId: string }) {
  await prisma.postmortem.createMany({
    data: Array.from({ length: PAGED_POSTMORTEMS }, (_, i) => ({
      teamId: ids.teamId,
      number: i + 1,
      title: pagedTitle(i + 1),
      severity: "SEV3" as const,
      status: i % 3 === 0 ? ("PUBLISHED" as const) : ("DRAFT" as const),
      ownerId: ids.ownerId,
      createdById: ids.ownerId,
      updatedAt: new Date(Date.UTC(2026, 5, 1, 12, i)),
    })),
  });
  await prisma.team.update({
    where: { id: ids.teamId },
    data: { nextPostmortemNumber: PAGED_POSTMORTEMS + 1 },
  });
  const first = await prisma.postmortem.findFirstOrThrow({
    where: { teamId: ids.teamId, number: 1 },
    select: { id: true },
  });
  await prisma.actionItem.createMany({
    data: Array.from({ length: PAGED_ACTION_ITEMS }, (_, i) => ({
      postmortemId: first.id,
      title: `Paged action ${String(i + 1).padStart(2, "0")}`,
      type: "PREVENT" as const,
      priority: "MEDIUM" as const,
      // The last six have no due date: they come last, after the dated ones.
      dueDate: i < PAGED_ACTION_ITEMS - 6 ? new Date(Date.UTC(2027, 0, 1 + i)) : null,
    })),
  });
}
