"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { callAction } from "@/components/actions/call-action";

/**
 * What one save attempt came to. A call that got no answer counts as
 * "failed" (retried), except when the app was updated since the page was
 * opened: then no retry can succeed, saving stops and the user is asked to
 * reload (the text stays in the editor and in this browser's local draft).
 */
export type SaveOutcome =
  | { kind: "saved"; at: Date }
  | { kind: "conflict" }
  | { kind: "rejected"; message: string }
  | { kind: "failed"; message: string };

export const AUTOSAVE_DELAY_MS = 1000;
const FIRST_RETRY_S = 5;
const MAX_RETRY_S = 60;

type Failure = { message: string; attempt: number; secondsLeft: number; offline: boolean };

/**
 * Saves about a second after the last edit, one save in flight at a time;
 * failures are retried with exponential backoff (5 s, 10 s, 20 s … 60 s) and
 * at once when the browser comes back online. Ctrl/Cmd+S saves immediately.
 * While `dirty` (or saving), leaving the page asks first.
 *
 * `revision` must change on every edit; `save` reads the latest draft itself.
 */
export function useAutosave({
  revision,
  dirty,
  paused,
  save,
}: {
  revision: number;
  dirty: boolean;
  /** E.g. while a conflict is open: no automatic saves. */
  paused: boolean;
  save: () => Promise<SaveOutcome>;
}) {
  const [saving, setSaving] = useState(false);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [rejected, setRejected] = useState<{ message: string; revision: number } | null>(null);
  const [stale, setStale] = useState(false);
  const staleRef = useRef(false);

  const saveRef = useRef(save);
  const revisionRef = useRef(revision);
  const dirtyRef = useRef(dirty);
  const inFlight = useRef(false);
  const again = useRef(false);
  const debounce = useRef<ReturnType<typeof setTimeout> | null>(null);
  const retry = useRef<ReturnType<typeof setInterval> | null>(null);
  const attempts = useRef(0);
  const runRef = useRef<() => void>(() => {});

  useEffect(() => {
    saveRef.current = save;
    revisionRef.current = revision;
    dirtyRef.current = dirty;
  });

  const clearTimers = useCallback(() => {
    if (debounce.current) clearTimeout(debounce.current);
    if (retry.current) clearInterval(retry.current);
    debounce.current = null;
    retry.current = null;
  }, []);

  const run = useCallback(async () => {
    if (staleRef.current) return;
    if (inFlight.current) {
      again.current = true;
      return;
    }
    clearTimers();
    inFlight.current = true;
    setSaving(true);
    const sentRevision = revisionRef.current;
    const called = await callAction(() => saveRef.current());
    inFlight.current = false;
    setSaving(false);
    if (!called.ok && called.problem.kind === "stale") {
      staleRef.current = true;
      setStale(true);
      setFailure(null);
      return;
    }
    const outcome: SaveOutcome = called.ok
      ? called.value
      : { kind: "failed", message: called.problem.message };
    if (outcome.kind === "failed") {
      attempts.current += 1;
      const seconds = Math.min(FIRST_RETRY_S * 2 ** (attempts.current - 1), MAX_RETRY_S);
      const offline = !called.ok && called.problem.kind === "offline";
      setFailure({ message: outcome.message, attempt: attempts.current, secondsLeft: seconds, offline });
      retry.current = setInterval(() => {
        setFailure((f) => (f ? { ...f, secondsLeft: Math.max(0, f.secondsLeft - 1) } : f));
      }, 1000);
      debounce.current = setTimeout(() => runRef.current(), seconds * 1000);
      return;
    }
    attempts.current = 0;
    setFailure(null);
    if (outcome.kind === "saved") {
      setSavedAt(outcome.at);
      setRejected(null);
    } else if (outcome.kind === "rejected") {
      setRejected({ message: outcome.message, revision: sentRevision });
    }
    if (again.current) {
      again.current = false;
      if (outcome.kind === "saved" && dirtyRef.current) runRef.current();
    }
  }, [clearTimers]);

  useEffect(() => {
    runRef.current = () => void run();
  }, [run]);

  // Debounce: every edit restarts the timer.
  useEffect(() => {
    if (!dirty || paused) return;
    if (debounce.current) clearTimeout(debounce.current);
    debounce.current = setTimeout(() => {
      if (dirtyRef.current) void run();
    }, AUTOSAVE_DELAY_MS);
  }, [revision, dirty, paused, run]);

  // Back online: retry at once.
  useEffect(() => {
    const onOnline = () => {
      if (dirtyRef.current && !inFlight.current) void run();
    };
    window.addEventListener("online", onOnline);
    return () => window.removeEventListener("online", onOnline);
  }, [run]);

  // Ctrl/Cmd+S saves now.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "s") {
        e.preventDefault();
        if (dirtyRef.current) void run();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [run]);

  // Warn before leaving with unsaved text.
  useEffect(() => {
    if (!dirty && !saving) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = "";
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [dirty, saving]);

  useEffect(() => clearTimers, [clearTimers]);

  const saveNow = useCallback(() => void run(), [run]);

  let text = "";
  let tone: "neutral" | "ok" | "warn" | "error" = "neutral";
  if (stale) {
    text =
      "Not saved — Kintsugi was updated since this page was opened. Reload the page to keep saving; your text is kept in this browser.";
    tone = "error";
  } else if (paused) {
    text = "Not saved — someone else changed this; choose what to keep";
    tone = "error";
  } else if (saving) text = "Saving…";
  else if (failure) {
    text = failure.offline
      ? `Offline: not saved — retrying when back online (or in ${failure.secondsLeft} s)`
      : `Not saved — retrying in ${failure.secondsLeft} s`;
    tone = "error";
  } else if (rejected && rejected.revision === revision) {
    text = `Not saved — ${rejected.message}`;
    tone = "error";
  } else if (dirty) {
    text = "Unsaved changes";
    tone = "warn";
  } else if (savedAt) {
    text = `Saved ${savedAt.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}`;
    tone = "ok";
  } else text = "All changes saved";

  return { saving, savedAt, failure, stale, text, tone, saveNow };
}
