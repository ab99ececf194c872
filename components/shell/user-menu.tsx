"use client";
import { signOut } from "next-auth/react";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";

/** The signed-in user's menu: a disclosure button with links, closed by Escape or a click outside. */
export function UserMenu({ name, email }: { name: string; email: string }) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        setOpen(false);
        button.current?.focus();
      }
    };
    const onClick = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("mousedown", onClick);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("mousedown", onClick);
    };
  }, [open]);

  const initials = name
    .split(/\s+/)
    .map((p) => p[0])
    .join("")
    .slice(0, 2)
    .toUpperCase();
  const avatar = initials || "?";

  return (
    <div ref={root} className="relative">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls="user-menu"
        // The visible initials are part of the name (WCAG 2.5.3 label in name): "click WW" works by voice.
        aria-label={`Account menu for ${name}, ${avatar}`}
        onClick={() => setOpen((o) => !o)}
        className="flex size-9 items-center justify-center rounded-full bg-stone-800 text-xs font-semibold text-white hover:bg-stone-700"
      >
        <span aria-hidden="true">{avatar}</span>
      </button>
      {open ? (
        <div
          id="user-menu"
          className="absolute right-0 z-20 mt-2 w-64 rounded-lg border border-stone-200 bg-white p-2 shadow-lg"
        >
          <div className="border-b border-stone-100 px-2 pb-2">
            <p className="truncate text-sm font-medium">{name}</p>
            <p className="truncate text-xs text-stone-500">{email}</p>
          </div>
          <ul className="pt-1">
            <li>
              <Link
                href="/settings"
                className="block rounded px-2 py-1.5 text-sm hover:bg-stone-100"
                onClick={() => setOpen(false)}
              >
                Account settings
              </Link>
            </li>
            <li>
              <button
                type="button"
                className="block w-full rounded px-2 py-1.5 text-left text-sm hover:bg-stone-100"
                onClick={() => void signOut({ callbackUrl: "/sign-in" })}
              >
                Sign out
              </button>
            </li>
          </ul>
        </div>
      ) : null}
    </div>
  );
}
