"use client";
import { useServerAction } from "@/components/actions/use-server-action";
import { FormMessage } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle, type FormResult } from "@/lib/action-result";

export function AcceptInviteButton({ action }: { action: () => Promise<FormResult> }) {
  const { state, formAction } = useServerAction(action, idle);
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage error={state.formError} />
      <SubmitButton pendingText="Joining…">Accept invite</SubmitButton>
    </form>
  );
}
