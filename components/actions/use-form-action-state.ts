"use client";
import { useActionState, useRef } from "react";
import { formValues, idle, type FormResult } from "@/lib/action-result";
import { IDEMPOTENCY_FIELD, newIdempotencyKey } from "@/lib/idempotency";
import { callAction } from "./call-action";

type FormAction = (prev: FormResult, formData: FormData) => Promise<FormResult>;

/**
 * useActionState for a Server Action form. Every submit carries an
 * idempotency key (the same one while an unanswered submit is sent again with
 * the same values), and a submit that gets no answer (offline, a lost answer,
 * an updated app) becomes an error result that keeps what was typed, instead
 * of an exception that would replace the page with the error screen.
 */
export function useFormActionState(action: FormAction, initial: FormResult = idle) {
  const attempt = useRef<{ fingerprint: string; key: string } | null>(null);
  return useActionState(async (prev: FormResult, formData: FormData): Promise<FormResult> => {
    const values = formValues(formData);
    const fingerprint = JSON.stringify(values);
    if (attempt.current?.fingerprint !== fingerprint)
      attempt.current = { fingerprint, key: newIdempotencyKey() };
    formData.set(IDEMPOTENCY_FIELD, attempt.current.key);
    const outcome = await callAction(() => action(prev, formData));
    // Passwords are not echoed back (as the actions do not echo them either).
    const kept = Object.fromEntries(Object.entries(values).filter(([k]) => !/password/i.test(k)));
    if (!outcome.ok) return { status: "error", formError: outcome.problem.message, values: kept };
    attempt.current = null;
    return outcome.value;
  }, initial);
}
