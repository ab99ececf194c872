import type { Metadata } from "next";
import Link from "next/link";
import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditList } from "@/components/audit/audit-list";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClass } from "@/components/ui/styles";
import { NotFoundError } from "@/lib/errors";
import { auditQuerySchema, type AuditQuery } from "@/lib/schemas/audit";
import { getAuditFilterOptions, listAuditEvents } from "@/server/audit-log/queries";
import { requireActor } from "@/server/auth/session";
import { auditedNotFound } from "@/server/denials";

export const metadata: Metadata = { title: "Audit log · Kintsugi" };

/** The same filters, on another page of the log. */
function pageHref(query: AuditQuery, cursor: { older: string } | { newer: string }) {
  const params = new URLSearchParams();
  for (const key of ["team", "actor", "action", "entity", "from", "to"] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  for (const [key, value] of Object.entries(cursor)) params.set(key, value);
  return `/audit?${params.toString()}`;
}

// No loading.tsx: the page decides between content and 404 (a streamed page has already answered 200).
export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [params, actor] = await Promise.all([searchParams, requireActor()]);
  const query = auditQuerySchema.parse(params);
  const [page, options] = await Promise.all([
    listAuditEvents(actor, query),
    getAuditFilterOptions(actor),
  ]).catch(async (error: unknown) => {
    if (error instanceof NotFoundError) await auditedNotFound(error);
    throw error;
  });
  return (
    <>
      <PageHeader
        title="Audit log"
        description={
          options.all
            ? "Every change, and every refused request, on this Kintsugi instance. Times are UTC."
            : "Changes, and refused requests, in the teams you manage. Times are UTC."
        }
      />
      {/* Keyed by the filters: moving to other filters resets the form's fields. */}
      <AuditFilters
        key={JSON.stringify({ ...query, older: null, newer: null })}
        query={query}
        teams={options.teams}
        people={options.people}
      />
      {page.rows.length === 0 ? (
        <EmptyState title="Nothing recorded here">
          {query.older || query.newer
            ? "No more events this way."
            : "No events match these filters. Widen the dates or clear a filter."}
        </EmptyState>
      ) : (
        <AuditList rows={page.rows} />
      )}
      {page.newerCursor || page.olderCursor ? (
        <nav aria-label="Audit log pages" className="mt-4 flex justify-between gap-2">
          {page.newerCursor ? (
            <Link href={pageHref(query, { newer: page.newerCursor })} className={buttonClass.secondary}>
              ← Newer
            </Link>
          ) : (
            <span />
          )}
          {page.olderCursor ? (
            <Link href={pageHref(query, { older: page.olderCursor })} className={buttonClass.secondary}>
              Older →
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
