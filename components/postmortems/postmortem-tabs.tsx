import Link from "next/link";
import { cx } from "@/components/ui/styles";

export type PostmortemTab = "document" | "timeline" | "actors" | "history";

const tabs: { key: PostmortemTab; label: string; path: string }[] = [
  { key: "document", label: "Document", path: "" },
  { key: "timeline", label: "Timeline", path: "/timeline" },
  { key: "actors", label: "Actors & guardrails", path: "/actors" },
  { key: "history", label: "History", path: "/history" },
];

/** The views of one postmortem; links, so each is a server-rendered page. */
export function PostmortemTabs({ postmortemId, current }: { postmortemId: string; current: PostmortemTab }) {
  return (
    <nav
      aria-label="Postmortem views"
      className="-mx-1 mb-6 overflow-x-auto border-b border-stone-200 print:hidden"
    >
      <ul className="flex gap-1">
        {tabs.map((t) => (
          <li key={t.key}>
            <Link
              href={`/postmortems/${postmortemId}${t.path}`}
              aria-current={t.key === current ? "page" : undefined}
              className={cx(
                "-mb-px block whitespace-nowrap border-b-2 px-3 py-2 text-sm font-medium",
                t.key === current
                  ? "border-stone-900 text-stone-900"
                  : "border-transparent text-stone-600 hover:border-stone-300 hover:text-stone-900",
              )}
            >
              {t.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
