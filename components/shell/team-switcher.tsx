"use client";
import { useRef, useState } from "react";
import { callAction } from "@/components/actions/call-action";
import type { ActionResult } from "@/lib/action-result";

/** Works without JavaScript (a Switch button); with it, switching is immediate. */
export function TeamSwitcher({
  teams,
  current,
  action,
}: {
  teams: { slug: string; name: string }[];
  current: string | null;
  action: (formData: FormData) => Promise<ActionResult>;
}) {
  const form = useRef<HTMLFormElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // Offline or after an update of the app, say so instead of showing the error page.
  const submit = async (formData: FormData) => {
    const called = await callAction(() => action(formData));
    if (!called.ok) setProblem(called.problem.message);
    else setProblem(called.value.status === "error" ? called.value.formError : null);
  };
  return (
    <form ref={form} action={submit} className="flex items-center gap-2">
      <label htmlFor="team-switcher" className="sr-only">
        Team
      </label>
      <select
        id="team-switcher"
        name="team"
        defaultValue={current ?? undefined}
        onChange={() => form.current?.requestSubmit()}
        className="max-w-[10rem] rounded-md border border-stone-300 bg-white py-1.5 pl-2 pr-7 text-sm"
      >
        {teams.map((t) => (
          <option key={t.slug} value={t.slug}>
            {t.name}
          </option>
        ))}
      </select>
      <noscript>
        {/* Without JavaScript the answer is the redirect; the result itself is not read. */}
        <button
          type="submit"
          formAction={action as unknown as (formData: FormData) => Promise<void>}
          className="text-sm underline"
        >
          Switch
        </button>
      </noscript>
      {problem ? (
        <p role="alert" className="max-w-xs text-xs text-red-700">
          {problem}
        </p>
      ) : null}
    </form>
  );
}
