"use client";
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import { newIdempotencyKey } from "@/lib/idempotency";
import { callAction, offlineRetryingMessage, type Unreachable } from "./call-action";

type Request<R> = {
  /** What is being sent; the same input again (unanswered) is a retry of the same attempt. */
  input: unknown;
  /** Sends it, with the attempt's idempotency key (creates pass it to the action). */
  call: (idempotencyKey: string) => Promise<R>;
  /** The server's answer (success or an expected error). */
  onResult: (result: R) => void;
};

/**
 * Runs Server Action calls from a component: one at a time, each attempt
 * with its own idempotency key. An attempt that got no answer keeps its key:
 * `retry()`, sending the same input again, or coming back online sends it
 * with the same key, so a create whose answer was lost is not made twice.
 * Once the server answers, the next send is a new attempt with a new key.
 * `problem` says why the last attempt got no answer; the caller keeps what
 * the user typed and shows it (components/actions/action-problem.tsx).
 */
export function useAction<R>() {
  const [pending, startTransition] = useTransition();
  const [problem, setProblem] = useState<Unreachable | null>(null);
  const attempt = useRef<{ fingerprint: string; key: string } | null>(null);
  const last = useRef<Request<R> | null>(null);
  const inFlight = useRef(false);

  const run = useCallback((request: Request<R>) => {
    if (inFlight.current) return;
    const fingerprint = JSON.stringify(request.input) ?? "";
    if (attempt.current?.fingerprint !== fingerprint)
      attempt.current = { fingerprint, key: newIdempotencyKey() };
    const { key } = attempt.current;
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
  }, []);

  const retry = useCallback(() => {
    if (last.current) run(last.current);
  }, [run]);

  // Back online: send the unanswered attempt again (never after a redeploy: only a reload helps).
  useEffect(() => {
    if (!problem || problem.kind === "stale") return;
    window.addEventListener("online", retry);
    return () => window.removeEventListener("online", retry);
  }, [problem, retry]);

  const clearProblem = useCallback(() => setProblem(null), []);
  return { run, retry, pending, problem, clearProblem };
}
