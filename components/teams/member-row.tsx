"use client";
import { callFormAction } from "@/components/actions/call-action";
import { useTransition, useState } from "react";
import { useServerAction } from "@/components/actions/use-server-action";
import { buttonClass } from "@/components/ui/styles";
import { idle, type FormResult } from "@/lib/action-result";
import { roleLabels } from "./roles";

export function MemberRow({
  member,
  roles,
  changeRole,
  remove,
}: {
  member: { id: string; name: string; email: string; role: string };
  roles: string[];
  changeRole: (prev: FormResult, formData: FormData) => Promise<FormResult>;
  remove?: (() => Promise<FormResult>) | undefined;
}) {
  const { state, formAction, pending } = useServerAction(changeRole, idle);
  const [removing, startRemove] = useTransition();
  const [removeError, setRemoveError] = useState<string>();
  const selectId = `role-${member.id}`;
  return (
    <li className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center">
      <div className="min-w-0 flex-1">
        <p className="truncate text-sm font-medium">{member.name}</p>
        <p className="truncate text-xs text-stone-500">{member.email}</p>
      </div>
      {roles.length > 0 ? (
        <form action={formAction} className="flex items-center gap-2">
          <input type="hidden" name="membershipId" value={member.id} />
          <label htmlFor={selectId} className="sr-only">
            Role of {member.name}
          </label>
          <select
            id={selectId}
            name="role"
            defaultValue={state.values?.role ?? member.role}
            className="rounded-md border border-stone-300 bg-white py-1.5 pl-2 pr-7 text-sm"
          >
            {roles.map((r) => (
              <option key={r} value={r}>
                {roleLabels[r]}
              </option>
            ))}
          </select>
          <button type="submit" className={buttonClass.secondary} disabled={pending}>
            {pending ? "Saving…" : "Save role"}
          </button>
          {remove ? (
            <button
              type="button"
              className={buttonClass.danger}
              disabled={removing}
              onClick={() => {
                if (!window.confirm(`Remove ${member.name} from the team? Their sessions end at once.`))
                  return;
                startRemove(async () => {
                  const result = await callFormAction(remove);
                  if (result.status === "error") setRemoveError(result.formError);
                });
              }}
            >
              {removing ? "Removing…" : "Remove"}
            </button>
          ) : null}
        </form>
      ) : (
        <span className="text-sm text-stone-600">{roleLabels[member.role]}</span>
      )}
      <div aria-live="polite" className="text-xs sm:w-40">
        {state.status === "error" ? <span className="text-red-700">{state.formError}</span> : null}
        {state.status === "success" ? <span className="text-emerald-700">{state.message}</span> : null}
        {removeError ? <span className="text-red-700">{removeError}</span> : null}
      </div>
    </li>
  );
}
