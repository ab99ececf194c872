import Link from "next/link";
import { encodeCursor, type PagerLinks } from "@/lib/keyset";
import { cx } from "./styles";

/** `path` with the list's filters and, unless it is the first page, the cursor. */
export function pageHref(path: string, params: Record<string, string | undefined>, cursor: string | null) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  if (cursor) search.set("cursor", cursor);
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

const itemClass =
  "inline-flex items-center rounded-md border px-3 py-1.5 text-sm font-medium whitespace-nowrap";

function PagerLink({ href, label, children }: { href: string | null; label: string; children: string }) {
  if (!href) return <span className={cx(itemClass, "border-stone-200 text-stone-400")}>{children}</span>;
  return (
    <Link
      href={href}
      aria-label={label}
      className={cx(itemClass, "border-stone-300 bg-white text-stone-800 shadow-sm hover:bg-stone-100")}
    >
      {children}
    </Link>
  );
}

/**
 * The pager of a keyset-paginated list (`lib/keyset.ts`): first, previous,
 * next and last page, each a plain link that keeps the list's filters
 * (`params`). Links that lead nowhere are shown disabled.
 */
export function Pager({
  links,
  path,
  params,
  label,
  previous = "Previous",
  next = "Next",
}: {
  links: PagerLinks;
  path: string;
  params: Record<string, string | undefined>;
  /** The navigation landmark's name, e.g. "Postmortem pages". */
  label: string;
  /** What lies before and after in this list's order, e.g. "Newer" and "Older". */
  previous?: string;
  next?: string;
}) {
  if (!links.first && !links.previous && !links.next && !links.last) return null;
  const href = (cursor: string | null) => pageHref(path, params, cursor);
  return (
    <nav aria-label={label} className="mt-4 flex flex-wrap items-center justify-between gap-2">
      <div className="flex gap-2">
        <PagerLink href={links.first ? href(null) : null} label="First page">
          « First
        </PagerLink>
        <PagerLink href={links.previous ? href(links.previous) : null} label={`${previous} page`}>
          {`‹ ${previous}`}
        </PagerLink>
      </div>
      <div className="flex gap-2">
        <PagerLink href={links.next ? href(links.next) : null} label={`${next} page`}>
          {`${next} ›`}
        </PagerLink>
        <PagerLink href={links.last ? href(encodeCursor({ dir: "last" })) : null} label="Last page">
          Last »
        </PagerLink>
      </div>
    </nav>
  );
}
