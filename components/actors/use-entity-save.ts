"use client";
import { useState, useTransition } from "react";
import type { EntityResult } from "@/lib/schemas/entity";

/**
 * Runs a versioned save (a Server Action returning an EntityResult) in a
 * transition and keeps its result; the form keeps its own state, so nothing
 * typed is lost on an error or a conflict.
 */
export function useEntitySave<Current>() {
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<EntityResult<Current> | null>(null);

  function run(
    save: () => Promise<EntityResult<Current>>,
    onSuccess?: (r: { id: string; version: number }) => void,
  ) {
    startTransition(async () => {
      try {
        const r = await save();
        setResult(r);
        if (r.status === "success") onSuccess?.(r);
      } catch {
        setResult({
          status: "error",
          formError: "Not saved: the server could not be reached. Check your connection and try again.",
        });
      }
    });
  }

  return { pending, result, run, clear: () => setResult(null) };
}
