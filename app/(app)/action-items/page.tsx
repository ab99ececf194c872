import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { isOverdue } from "@/lib/action-items";
import { cursorParamSchema, formatBoundedCount } from "@/lib/keyset";
import { Pill } from "@/components/ui/badges";
import { EmptyState } from "@/components/ui/empty-state";
import { Pager } from "@/components/ui/pager";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/server/auth/session";
import { listActionItems, type ActionItemFilter } from "@/server/action-items/queries";
import { ScrollRegion } from "@/components/ui/scroll-region";

export const metadata: Metadata = { title: "Action items · Kintsugi" };

const querySchema = z.object({
  filter: z.enum(["open", "overdue", "done", "all"]).catch("open"),
  /** The keyset cursor (lib/keyset.ts); absent or unreadable is the first page. */
  cursor: cursorParamSchema,
});
const filters: { key: ActionItemFilter; label: string }[] = [
  { key: "open", label: "Open" },
  { key: "overdue", label: "Overdue" },
  { key: "done", label: "Closed" },
  { key: "all", label: "All" },
];
const statusLabels: Record<string, string> = {
  OPEN: "Open",
  IN_PROGRESS: "In progress",
  DONE: "Done",
  WONT_DO: "Won't do",
};

export default async function ActionItemsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor();
  const query = querySchema.parse(await searchParams);
  const { items, total, links } = await listActionItems(actor, query);
  return (
    <>
      <PageHeader
        title="Action items"
        description={`Across all postmortems of your teams · ${formatBoundedCount(total)} ${total.count === 1 && !total.capped ? "matches" : "match"} this filter`}
      />
      <nav aria-label="Filter" className="mb-4 flex flex-wrap gap-2 text-sm">
        {filters.map((f) => (
          <Link
            key={f.key}
            href={`/action-items?filter=${f.key}`}
            aria-current={query.filter === f.key ? "true" : undefined}
            className={
              query.filter === f.key
                ? "rounded-full bg-stone-900 px-3 py-1 text-white"
                : "rounded-full border border-stone-300 bg-white px-3 py-1 hover:bg-stone-100"
            }
          >
            {f.label}
          </Link>
        ))}
      </nav>
      {items.length === 0 ? (
        <EmptyState title="Nothing here">
          {query.filter === "overdue"
            ? "No open action item is past its due date."
            : "Action items are added to postmortems: each one should change the system, not ask people to be more careful."}
        </EmptyState>
      ) : (
        <ScrollRegion label="Action items table" className="rounded-lg border border-stone-200 bg-white">
          <table className="w-full min-w-[40rem] text-left text-sm">
            <thead className="text-xs text-stone-500">
              <tr>
                <th className="px-4 py-2 font-medium">Action</th>
                <th className="px-4 py-2 font-medium">Status</th>
                <th className="px-4 py-2 font-medium">Owner</th>
                <th className="px-4 py-2 font-medium">Due</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100">
              {items.map((a) => {
                const overdue = isOverdue(a);
                return (
                  <tr key={a.id}>
                    <td className="px-4 py-2">
                      <span className="font-medium">{a.title}</span>
                      <span className="block text-xs text-stone-500">
                        <Link href={`/postmortems/${a.postmortem.id}`} className="hover:underline">
                          INC-{a.postmortem.number} {a.postmortem.title}
                        </Link>{" "}
                        · {a.type.toLowerCase()} · {a.priority.toLowerCase()}
                      </span>
                    </td>
                    <td className="px-4 py-2">
                      <Pill
                        tone={a.status === "DONE" ? "emerald" : a.status === "IN_PROGRESS" ? "sky" : "stone"}
                      >
                        {statusLabels[a.status]}
                      </Pill>
                    </td>
                    <td className="px-4 py-2 text-xs">
                      {[a.ownerTeam?.name, a.ownerUser?.name].filter(Boolean).join(" · ") || "—"}
                    </td>
                    <td
                      className={overdue ? "px-4 py-2 text-xs font-medium text-red-700" : "px-4 py-2 text-xs"}
                    >
                      {a.dueDate ? a.dueDate.toISOString().slice(0, 10) : "—"}
                      {overdue ? " (overdue)" : ""}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <Pager
        links={links}
        path="/action-items"
        params={{ filter: query.filter }}
        label="Action item pages"
        previous="Previous"
        next="Next"
      />
    </>
  );
}
