"use client";
import { firstProblem } from "@/lib/action-result";
import { useId, useRef, useState, useTransition } from "react";
import { callAction } from "@/components/actions/call-action";
import { HighlightedTextarea } from "@/components/blameless/highlighted-textarea";
import { Markdown } from "@/components/ui/markdown";
import { buttonClass, inputClass } from "@/components/ui/styles";
import { SECTION_BODY_LIMIT, type SectionSummary, type SectionTheirs } from "@/lib/schemas/editing";
import type {
  moveSectionAction,
  removeSectionAction,
  saveSectionAction,
} from "@/server/postmortems/editing/actions";
import { ConflictView } from "./conflict-view";
import { clearLocalDraft, draftKey, useInitialLocalDraft, writeLocalDraft } from "./local-draft";
import { MarkdownToolbar } from "./markdown-toolbar";
import { LocalDraftOffer } from "./local-draft-offer";
import { SaveStatus } from "./save-status";
import { useAutosave, type SaveOutcome } from "./use-autosave";

export type SectionActions = {
  save: typeof saveSectionAction;
  remove: typeof removeSectionAction;
  move: typeof moveSectionAction;
};

type Text = { title: string; body: string };
type Base = Text & { version: number };

export function SectionEditor({
  postmortemId,
  section,
  actions,
  isFirst,
  isLast,
}: {
  postmortemId: string;
  section: SectionSummary;
  actions: SectionActions;
  isFirst: boolean;
  isLast: boolean;
}) {
  const id = useId();
  const key = draftKey(postmortemId, section.id);
  const textarea = useRef<HTMLTextAreaElement>(null);
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
  const [errors, setErrors] = useState<Record<string, string[] | undefined>>({});
  const [structureError, setStructureError] = useState<string | null>(null);
  const [offerHandled, setOfferHandled] = useState(false);
  const [showPreview, setShowPreview] = useState(true);
  const [pending, startTransition] = useTransition();

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
    const result = await actions.save(postmortemId, section.id, {
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

  const structure = (run: () => Promise<{ status: string; formError?: string }>) =>
    startTransition(async () => {
      setStructureError(null);
      const called = await callAction(run);
      const result = called.ok ? called.value : { status: "error", formError: called.problem.message };
      if (result.status !== "success") setStructureError(result.formError ?? "That did not work.");
    });

  const titleError = errors.title;
  const bodyError = tooLong
    ? [
        `This section is too long: ${draft.body.length.toLocaleString("en")} characters, the limit is ${SECTION_BODY_LIMIT.toLocaleString("en")}. Shorten it to save.`,
      ]
    : errors.body;

  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="rounded-lg border border-stone-200 bg-white p-4 sm:p-5"
      data-section-key={section.key}
    >
      <div className="mb-3 flex flex-wrap items-start justify-between gap-2">
        <h2 id={`${id}-heading`} className="text-lg font-semibold">
          {draft.title || "Untitled section"}
        </h2>
        <div className="flex flex-wrap gap-1">
          <button
            type="button"
            className={buttonClass.secondary + " px-2 py-1"}
            aria-label={`Move “${draft.title}” up`}
            disabled={isFirst || pending}
            onClick={() => structure(() => actions.move(postmortemId, section.id, "up"))}
          >
            ↑
          </button>
          <button
            type="button"
            className={buttonClass.secondary + " px-2 py-1"}
            aria-label={`Move “${draft.title}” down`}
            disabled={isLast || pending}
            onClick={() => structure(() => actions.move(postmortemId, section.id, "down"))}
          >
            ↓
          </button>
          <button
            type="button"
            className={buttonClass.danger}
            aria-label={`Remove section “${draft.title}”`}
            disabled={pending}
            onClick={() => {
              if (!window.confirm(`Remove the section “${draft.title}” and its text?`)) return;
              structure(async () => {
                const result = await actions.remove(postmortemId, section.id, {
                  baseVersion: baseRef.current.version,
                });
                if (result.status === "success") clearLocalDraft(key);
                return result;
              });
            }}
          >
            Remove
          </button>
        </div>
      </div>

      {structureError ? (
        <p role="alert" className="mb-3 text-sm text-red-700">
          {structureError}
        </p>
      ) : null}

      {offer ? (
        <LocalDraftOffer
          label="Unsaved text found"
          className="mb-3"
          message={
            <>
              This browser kept text for this section that was not saved (from{" "}
              {new Date(offer.at).toLocaleString([], { dateStyle: "medium", timeStyle: "short" })}).
            </>
          }
          restoreLabel="Restore unsaved text from"
          at={offer.at}
          onRestore={() => {
            setOfferHandled(true);
            // Restore on top of the version it started from: if the server
            // moved on meanwhile, the save shows the conflict view.
            setBase({ ...baseRef.current, version: offer.baseVersion });
            setDraft(offer.data);
          }}
          onDiscard={() => {
            setOfferHandled(true);
            clearLocalDraft(key);
          }}
        />
      ) : null}

      <div className="space-y-1">
        <label htmlFor={`${id}-title`} className="block text-sm font-medium text-stone-800">
          Section title
        </label>
        <input
          id={`${id}-title`}
          value={draft.title}
          maxLength={200}
          onChange={(e) => setDraft({ ...draftRef.current, title: e.target.value })}
          aria-invalid={titleError?.length ? true : undefined}
          aria-describedby={`${id}-title-error`}
          className={inputClass}
        />
        <div id={`${id}-title-error`} aria-live="polite">
          {titleError?.map((e) => (
            <p key={e} className="text-sm text-red-700">
              {e}
            </p>
          ))}
        </div>
      </div>

      {conflict ? (
        <div className="mt-4">
          <ConflictView
            theirs={conflict}
            mine={draft.body}
            onKeepTheirs={() =>
              resolve(
                { title: conflict.title, body: conflict.body, version: conflict.version },
                { title: conflict.title, body: conflict.body },
                false,
              )
            }
            onKeepMine={() =>
              resolve(
                { title: conflict.title, body: conflict.body, version: conflict.version },
                draftRef.current,
                true,
              )
            }
            onSaveMerge={(merged) =>
              resolve(
                { title: conflict.title, body: conflict.body, version: conflict.version },
                { title: draftRef.current.title, body: merged },
                true,
              )
            }
          />
        </div>
      ) : (
        <div className="mt-4 grid gap-4 xl:grid-cols-[minmax(0,1fr)_16rem]">
          <div className="min-w-0 space-y-2">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <MarkdownToolbar textarea={textarea} label={`Formatting for ${draft.title}`} />
              <label className="flex items-center gap-1 text-sm text-stone-600">
                <input
                  type="checkbox"
                  checked={showPreview}
                  onChange={(e) => setShowPreview(e.target.checked)}
                />
                Preview
              </label>
            </div>
            <label htmlFor={`${id}-body`} className="sr-only">
              {draft.title} (Markdown)
            </label>
            <HighlightedTextarea
              ref={textarea}
              id={`${id}-body`}
              value={draft.body}
              onChange={(body) => setDraft({ ...draftRef.current, body })}
              rows={8}
              aria-invalid={bodyError?.length ? true : undefined}
              aria-describedby={`${id}-body-error ${id}-status`}
              placeholder="Write in Markdown…"
            />
            <div id={`${id}-body-error`} aria-live="polite">
              {bodyError?.map((e) => (
                <p key={e} className="text-sm text-red-700">
                  {e}
                </p>
              ))}
            </div>
            <SaveStatus id={`${id}-status`} autosave={autosave} />
            {showPreview ? (
              <div className="rounded-md border border-dashed border-stone-300 p-3">
                <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-stone-500">Preview</p>
                {draft.body.trim() ? (
                  <Markdown>{draft.body}</Markdown>
                ) : (
                  <p className="text-sm italic text-stone-500">Nothing written yet.</p>
                )}
              </div>
            ) : null}
          </div>
          {section.helpText || section.guidingQuestions.length > 0 ? (
            <details className="group rounded-md bg-stone-50 p-3 text-sm text-stone-700 xl:self-start" open>
              <summary className="cursor-pointer font-medium text-stone-800">
                Help and guiding questions
              </summary>
              {section.helpText ? <p className="mt-2">{section.helpText}</p> : null}
              {section.guidingQuestions.length > 0 ? (
                <ul className="mt-2 list-disc space-y-1 pl-5">
                  {section.guidingQuestions.map((q) => (
                    <li key={q}>{q}</li>
                  ))}
                </ul>
              ) : null}
            </details>
          ) : null}
        </div>
      )}
      {conflict ? <SaveStatus id={`${id}-status`} autosave={autosave} /> : null}
    </section>
  );
}
