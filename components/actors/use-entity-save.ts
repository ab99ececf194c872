"use client";
import { useState } from "react";
import { useServerAction } from "@/components/actions/use-server-action";
import type { EntityResult } from "@/lib/schemas/entity";

/**
 * Runs a versioned save (a Server Action returning an EntityResult) and keeps
 * its result; the form keeps its own state, so nothing typed is lost on an
 * error, a conflict or a call that got no answer (shown as the form's error;
 * pressing Save again retries the same attempt, with the same idempotency key).
 */
export function useEntitySave<Current>() {
  const action = useServerAction<EntityResult<Current>>();
  const [result, setResult] = useState<EntityResult<Current> | null>(null);

  function run(
    input: unknown,
    save: (idempotencyKey: string) => Promise<EntityResult<Current>>,
    onSuccess?: (r: { id: string; version: number }) => void,
  ) {
    action.run({
      input,
      call: save,
      onResult: (r) => {
        setResult(r);
        if (r.status === "success") onSuccess?.(r);
      },
    });
  }

  const shown: EntityResult<Current> | null = action.problem
    ? { status: "error", kind: "unexpected", formError: action.problem.message }
    : result;
  return {
    pending: action.pending,
    result: shown,
    run,
    clear: () => {
      setResult(null);
      action.clearProblem();
    },
  };
}
