"use client";
import { useActionState, useCallback, useEffect, useRef, useState, useTransition } from "react";
import { formValues, idle, type FormResult } from "@/lib/action-result";
import { IDEMPOTENCY_FIELD, newIdempotencyKey } from "@/lib/idempotency";
import { callAction, offlineRetryingMessage, type Unreachable } from "./call-action";

type FormAction = (prev: FormResult, formData: FormData) => Promise<FormResult>;

type Request<R> = {
  /** What is being sent; the same input again (unanswered) is a retry of the same attempt. */
  input: unknown;
  /** Sends it, with the attempt's idempotency key (creates pass it to the action). */
  call: (idempotencyKey: string) => Promise<R>;
  /** The server's answer (success, conflict or an expected error). */
  onResult: (result: R) => void;
};

/**
 * The one hook for calling Server Actions from a component, in either of
 * React's two ways:
 *
 * - `formAction`, for `<form action>` (useActionState): pass the action
 *   (`useServerAction(createTeamAction)`); `state` is its last FormResult;
 * - `run({ input, call, onResult })`, for calls from event handlers (in a
 *   transition), one at a time.
 *
 * Both give every attempt an idempotency key, kept while the same input is
 * sent again after getting no answer (so a create whose answer was lost is not
 * made twice) and renewed once the server answers. A call that gets no answer
 * (offline, a dropped connection, an app updated since the page was opened)
 * never throws into the error screen: a form gets an error result that keeps
 * what was typed; `run` sets `problem`, which `retry()` (or coming back online)
 * sends again, and `components/actions/action-problem.tsx` shows.
 */
export function useServerAction<R = FormResult>(form?: FormAction, initial: FormResult = idle) {
  const attempt = useRef<{ fingerprint: string; key: string } | null>(null);
  const keyFor = useCallback((input: unknown) => {
    const fingerprint = JSON.stringify(input) ?? "";
    if (attempt.current?.fingerprint !== fingerprint)
      attempt.current = { fingerprint, key: newIdempotencyKey() };
    return attempt.current.key;
  }, []);

  // ------------------------------------------------------------------ forms
  const [state, formAction, formPending] = useActionState(
    async (prev: FormResult, formData: FormData): Promise<FormResult> => {
      if (!form) return prev;
      const values = formValues(formData);
      formData.set(IDEMPOTENCY_FIELD, keyFor(values));
      const outcome = await callAction(() => form(prev, formData));
      // Passwords are not echoed back (as the actions do not echo them either).
      const kept = Object.fromEntries(Object.entries(values).filter(([k]) => !/password/i.test(k)));
      if (!outcome.ok)
        return { status: "error", kind: "unexpected", formError: outcome.problem.message, values: kept };
      attempt.current = null;
      return outcome.value;
    },
    initial,
  );

  // ------------------------------------------------------------------ calls
  const [callPending, startTransition] = useTransition();
  const [problem, setProblem] = useState<Unreachable | null>(null);
  const last = useRef<Request<R> | null>(null);
  const inFlight = useRef(false);

  const run = useCallback(
    (request: Request<R>) => {
      if (inFlight.current) return;
      const key = keyFor(request.input);
      last.current = request;
      inFlight.current = true;
      startTransition(async () => {
        const outcome = await callAction(() => request.call(key));
        inFlight.current = false;
        if (!outcome.ok) {
          const { problem } = outcome;
          setProblem(problem.kind === "offline" ? { ...problem, message: offlineRetryingMessage } : problem);
          return;
        }
        attempt.current = null;
        last.current = null;
        setProblem(null);
        request.onResult(outcome.value);
      });
    },
    [keyFor],
  );

  const retry = useCallback(() => {
    if (last.current) run(last.current);
  }, [run]);

  // Back online: send the unanswered call again (never after a redeploy: only a reload helps).
  useEffect(() => {
    if (!problem || problem.kind === "stale") return;
    window.addEventListener("online", retry);
    return () => window.removeEventListener("online", retry);
  }, [problem, retry]);

  const clearProblem = useCallback(() => setProblem(null), []);
  return {
    state,
    formAction,
    run,
    retry,
    pending: formPending || callPending,
    problem,
    clearProblem,
  };
}
