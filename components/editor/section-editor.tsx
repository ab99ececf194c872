"use client";
import { useId, useRef, useState } from "react";
import { HighlightedTextarea } from "@/components/blameless/highlighted-textarea";
import { Markdown } from "@/components/ui/markdown";
import { inputClass } from "@/components/ui/styles";
import { SECTION_BODY_LIMIT, type SectionSummary } from "@/lib/schemas/editing";
import type {
  moveSectionAction,
  removeSectionAction,
  saveSectionAction,
} from "@/server/postmortems/editing/actions";
import { SectionConflictView } from "./conflict-view";
import { clearLocalDraft } from "./local-draft";
import { MarkdownToolbar } from "./markdown-toolbar";
import { LocalDraftOffer } from "./local-draft-offer";
import { SaveStatus } from "./save-status";
import { SectionHeading } from "./section-heading";
import { SectionHelp } from "./section-help";
import { useSectionSave } from "./use-section-save";

export type SectionActions = {
  save: typeof saveSectionAction;
  remove: typeof removeSectionAction;
  move: typeof moveSectionAction;
};

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
  const textarea = useRef<HTMLTextAreaElement>(null);
  const s = useSectionSave({ postmortemId, section, saveAction: actions.save });
  const { draft, offer, conflict, autosave } = s;
  const [showPreview, setShowPreview] = useState(true);

  const titleError = s.errors.title;
  const bodyError = s.tooLong
    ? [
        `This section is too long: ${draft.body.length.toLocaleString("en")} characters, the limit is ${SECTION_BODY_LIMIT.toLocaleString("en")}. Shorten it to save.`,
      ]
    : s.errors.body;

  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="rounded-lg border border-stone-200 bg-white p-4 sm:p-5"
      data-section-key={section.key}
    >
      <SectionHeading
        headingId={`${id}-heading`}
        title={draft.title}
        isFirst={isFirst}
        isLast={isLast}
        move={(direction) => actions.move(postmortemId, section.id, direction)}
        remove={async () => {
          const result = await actions.remove(postmortemId, section.id, { baseVersion: s.baseVersion() });
          if (result.status === "success") clearLocalDraft(s.key);
          return result;
        }}
      />

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
          onRestore={() => s.restoreOffer(offer)}
          onDiscard={s.discardOffer}
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
          onChange={(e) => s.setTitle(e.target.value)}
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
          <SectionConflictView
            theirs={conflict}
            mine={draft.body}
            onKeepTheirs={() => s.keepTheirs(conflict)}
            onKeepMine={() => s.keepMine(conflict)}
            onSaveMerge={(merged) => s.saveMerge(conflict, merged)}
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
              onChange={s.setBody}
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
          <SectionHelp section={section} />
        </div>
      )}
      {conflict ? <SaveStatus id={`${id}-status`} autosave={autosave} /> : null}
    </section>
  );
}
