"use client";
import { firstProblem, type FieldErrors } from "@/lib/action-result";
import { useRef, useState } from "react";
import { headerKeys, type HeaderKey, type HeaderValues } from "@/lib/schemas/editing";
import type { saveHeaderAction } from "@/server/postmortems/editing/actions";
import { clearLocalDraft, draftKey, useInitialLocalDraft, writeLocalDraft } from "./local-draft";
import { useAutosave, type SaveOutcome } from "./use-autosave";

const dirtyKeys = (draft: HeaderValues, base: HeaderValues) => headerKeys.filter((k) => draft[k] !== base[k]);

/**
 * The overview's draft and its autosave, field by field: only changed fields
 * are sent (with the values they started from), a conflict holds just the
 * fields someone else changed too, and the changed fields are kept in this
 * browser until saved.
 */
export function useHeaderSave({
  postmortemId,
  initial,
  version,
  saveAction,
}: {
  postmortemId: string;
  initial: HeaderValues;
  version: number;
  saveAction: typeof saveHeaderAction;
}) {
  const key = draftKey(postmortemId, "header");
  const [draft, setDraftState] = useState(initial);
  const [base, setBaseState] = useState(initial);
  const draftRef = useRef(draft);
  const baseRef = useRef(base);
  const [revision, setRevision] = useState(0);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [conflicts, setConflicts] = useState<Partial<HeaderValues>>({});
  const [offerHandled, setOfferHandled] = useState(false);
  const local = useInitialLocalDraft<{ values: Partial<HeaderValues>; base: Partial<HeaderValues> }>(key);
  const offer =
    !offerHandled &&
    local?.data.values &&
    Object.entries(local.data.values).some(
      ([k, v]) => initial[k as HeaderKey] !== v && draft[k as HeaderKey] !== v,
    )
      ? local
      : null;

  const setBase = (next: HeaderValues) => {
    baseRef.current = next;
    setBaseState(next);
  };
  const remember = () => {
    const changed = dirtyKeys(draftRef.current, baseRef.current);
    if (changed.length === 0) clearLocalDraft(key);
    else
      writeLocalDraft(key, version, {
        values: Object.fromEntries(changed.map((k) => [k, draftRef.current[k]])),
        base: Object.fromEntries(changed.map((k) => [k, baseRef.current[k]])),
      });
  };
  const setDraft = (next: HeaderValues) => {
    draftRef.current = next;
    setDraftState(next);
    setRevision((r) => r + 1);
    remember();
  };
  const set = (k: HeaderKey, value: string) => {
    setDraft({ ...draftRef.current, [k]: value });
    if (errors[k]) setErrors((e) => ({ ...e, [k]: undefined }));
  };

  const dirty = dirtyKeys(draft, base).length > 0;

  async function save(): Promise<SaveOutcome> {
    const sent = draftRef.current;
    const from = baseRef.current;
    const keys = dirtyKeys(sent, from);
    if (keys.length === 0) return { kind: "saved", at: new Date() };
    const result = await saveAction(postmortemId, {
      base: Object.fromEntries(keys.map((k) => [k, from[k]])),
      changes: Object.fromEntries(keys.map((k) => [k, sent[k]])),
    });
    if (result.status === "success") {
      // Take the server's values (others' changes too) where nothing was typed since.
      const now = draftRef.current;
      const next = { ...now };
      for (const k of headerKeys) if (now[k] === sent[k]) next[k] = result.values[k];
      setBase(result.values);
      draftRef.current = next;
      setDraftState(next);
      setErrors({});
      remember();
      return { kind: "saved", at: new Date(result.savedAt) };
    }
    if (result.status === "conflict") {
      // Fields nobody typed in follow the server; conflicting ones wait for a choice.
      const nextBase = { ...from };
      const now = { ...draftRef.current };
      for (const k of headerKeys) {
        if (k in result.theirs.conflicts) continue;
        if (now[k] === from[k]) now[k] = result.theirs.values[k];
        nextBase[k] = result.theirs.values[k];
      }
      setBase(nextBase);
      draftRef.current = now;
      setDraftState(now);
      setConflicts(result.theirs.conflicts);
      return { kind: "conflict" };
    }
    if (result.kind === "unexpected") return { kind: "failed", message: result.formError };
    setErrors(result.fieldErrors ?? {});
    return { kind: "rejected", message: firstProblem(result) };
  }

  const paused = Object.keys(conflicts).length > 0;
  const autosave = useAutosave({ revision, dirty, paused, save });

  const choose = (k: HeaderKey, keep: "theirs" | "mine") => {
    const theirs = conflicts[k] ?? "";
    setBase({ ...baseRef.current, [k]: theirs });
    const rest = { ...conflicts };
    delete rest[k];
    setConflicts(rest);
    if (keep === "theirs") setDraft({ ...draftRef.current, [k]: theirs });
    else setRevision((r) => r + 1);
    if (Object.keys(rest).length === 0) autosave.saveNow();
  };

  return {
    draft,
    set,
    errors,
    conflicts,
    choose,
    autosave,
    offer,
    restoreOffer: (restored: NonNullable<typeof offer>) => {
      setOfferHandled(true);
      // Save against the values it started from: if they moved on, that is a conflict.
      setBase({ ...baseRef.current, ...restored.data.base });
      setDraft({ ...draftRef.current, ...restored.data.values });
    },
    discardOffer: () => {
      setOfferHandled(true);
      clearLocalDraft(key);
    },
  };
}

export type HeaderSave = ReturnType<typeof useHeaderSave>;
