"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cx } from "@/components/ui/styles";

const links = [
  { href: "/postmortems", label: "Postmortems" },
  { href: "/action-items", label: "Action items" },
  { href: "/insights", label: "Insights" },
  { href: "/settings", label: "Settings" },
];

export function NavLinks({ isAdmin, canAudit = false }: { isAdmin: boolean; canAudit?: boolean }) {
  const pathname = usePathname();
  const all = [
    ...links,
    ...(canAudit ? [{ href: "/audit", label: "Audit log" }] : []),
    ...(isAdmin ? [{ href: "/admin", label: "Admin" }] : []),
  ];
  return (
    <nav aria-label="Main" className="-mx-1 overflow-x-auto">
      <ul className="flex gap-1">
        {all.map((l) => {
          const active = pathname === l.href || pathname.startsWith(`${l.href}/`);
          return (
            <li key={l.href}>
              <Link
                href={l.href}
                aria-current={active ? "page" : undefined}
                className={cx(
                  "block whitespace-nowrap rounded-md px-3 py-1.5 text-sm font-medium",
                  active ? "bg-stone-900 text-white" : "text-stone-700 hover:bg-stone-100",
                )}
              >
                {l.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
