"use client";
import { firstProblem, type FieldErrors } from "@/lib/action-result";
import { useRef, useState } from "react";
import { SECTION_BODY_LIMIT, type SectionSummary, type SectionTheirs } from "@/lib/schemas/editing";
import type { saveSectionAction } from "@/server/postmortems/editing/actions";
import { clearLocalDraft, draftKey, useInitialLocalDraft, writeLocalDraft } from "./local-draft";
import { useAutosave, type SaveOutcome } from "./use-autosave";

type Text = { title: string; body: string };
type Base = Text & { version: number };

/**
 * A section's draft and its autosave: the version it is based on, the local
 * draft kept in this browser (and the offer to restore one), field errors and
 * the conflict when someone else saved first.
 */
export function useSectionSave({
  postmortemId,
  section,
  saveAction,
}: {
  postmortemId: string;
  section: SectionSummary;
  saveAction: typeof saveSectionAction;
}) {
  const key = draftKey(postmortemId, section.id);
  const [draft, setDraftState] = useState<Text>({ title: section.title, body: section.body });
  const [base, setBaseState] = useState<Base>({
    title: section.title,
    body: section.body,
    version: section.version,
  });
  const draftRef = useRef(draft);
  const baseRef = useRef(base);
  const [revision, setRevision] = useState(0);
  const [conflict, setConflict] = useState<SectionTheirs | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [offerHandled, setOfferHandled] = useState(false);

  const local = useInitialLocalDraft<Text>(key);
  const offer =
    !offerHandled &&
    local &&
    (local.data.body !== section.body || local.data.title !== section.title) &&
    (local.data.body !== draft.body || local.data.title !== draft.title)
      ? local
      : null;

  const setBase = (next: Base) => {
    baseRef.current = next;
    setBaseState(next);
  };
  const setDraft = (next: Text, { remember = true } = {}) => {
    draftRef.current = next;
    setDraftState(next);
    setRevision((r) => r + 1);
    if (remember) writeLocalDraft(key, baseRef.current.version, next);
  };

  const dirty = draft.title !== base.title || draft.body !== base.body;
  const tooLong = draft.body.length > SECTION_BODY_LIMIT;

  async function save(): Promise<SaveOutcome> {
    const sent = draftRef.current;
    const from = baseRef.current;
    if (sent.body.length > SECTION_BODY_LIMIT)
      return { kind: "rejected", message: "the section is over the size limit" };
    const result = await saveAction(postmortemId, section.id, {
      baseVersion: from.version,
      title: sent.title,
      body: sent.body,
    });
    if (result.status === "success") {
      setBase({ ...sent, version: result.version });
      setErrors({});
      const now = draftRef.current;
      if (now.title === sent.title && now.body === sent.body) clearLocalDraft(key);
      else writeLocalDraft(key, result.version, now);
      return { kind: "saved", at: new Date(result.savedAt) };
    }
    if (result.status === "conflict") {
      setConflict(result.theirs);
      return { kind: "conflict" };
    }
    if (result.kind === "unexpected") return { kind: "failed", message: result.formError };
    setErrors(result.fieldErrors ?? {});
    return { kind: "rejected", message: firstProblem(result) };
  }

  const autosave = useAutosave({ revision, dirty: dirty && !tooLong, paused: conflict !== null, save });

  const resolve = (nextBase: Base, nextDraft: Text, saveAfter: boolean) => {
    setBase(nextBase);
    setConflict(null);
    setDraft(nextDraft, { remember: saveAfter });
    if (saveAfter) autosave.saveNow();
    else clearLocalDraft(key);
  };
  const theirs = (c: SectionTheirs): Base => ({ title: c.title, body: c.body, version: c.version });

  return {
    key,
    draft,
    /** The version the next save is based on. */
    baseVersion: () => baseRef.current.version,
    setTitle: (title: string) => setDraft({ ...draftRef.current, title }),
    setBody: (body: string) => setDraft({ ...draftRef.current, body }),
    tooLong,
    errors,
    autosave,
    offer,
    restoreOffer: (restored: NonNullable<typeof offer>) => {
      setOfferHandled(true);
      // Restore on top of the version it started from: if the server
      // moved on meanwhile, the save shows the conflict view.
      setBase({ ...baseRef.current, version: restored.baseVersion });
      setDraft(restored.data);
    },
    discardOffer: () => {
      setOfferHandled(true);
      clearLocalDraft(key);
    },
    conflict,
    keepTheirs: (c: SectionTheirs) => resolve(theirs(c), { title: c.title, body: c.body }, false),
    keepMine: (c: SectionTheirs) => resolve(theirs(c), draftRef.current, true),
    saveMerge: (c: SectionTheirs, merged: string) =>
      resolve(theirs(c), { title: draftRef.current.title, body: merged }, true),
  };
}
