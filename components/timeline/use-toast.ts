"use client";
import { useCallback, useRef, useState } from "react";

const UNDO_MS = 10_000;

export type Toast = { message: string; undoId?: string; tone?: "error" };

/** The tab's one toast: a new one replaces the last, and each goes away after UNDO_MS. */
export function useToast() {
  const [toast, setToast] = useState<Toast | null>(null);
  const toastTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const showToast = useCallback((next: Toast | null) => {
    if (toastTimer.current) clearTimeout(toastTimer.current);
    setToast(next);
    if (next) toastTimer.current = setTimeout(() => setToast(null), UNDO_MS);
  }, []);

  return { toast, showToast };
}
