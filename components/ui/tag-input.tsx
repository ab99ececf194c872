"use client";
import { useId, useRef, useState, type ReactNode } from "react";
import { cx } from "@/components/ui/styles";
import { addTags, splitTags } from "./tag-list";

/**
 * A list of free-form values (permission scopes, resources) entered as tags: type and press Enter or a comma
 * to add, Backspace in the empty box or × to remove, paste a comma- or
 * line-separated list. Duplicates (any case) are ignored with a note.
 */
export function TagInput({
  id,
  label,
  hint,
  value,
  onChange,
  renderTag = plainTag,
  errors,
  placeholder = "Type a permission, then Enter",
}: {
  id: string;
  label: string;
  hint?: string;
  value: string[];
  onChange: (next: string[]) => void;
  /** How a tag looks (e.g. coloured by a permission gap); a plain chip by default. */
  renderTag?: (tag: string) => ReactNode;
  errors?: string[] | undefined;
  placeholder?: string;
}) {
  const [draft, setDraft] = useState("");
  const [note, setNote] = useState("");
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();

  const add = (items: string[]) => {
    const { list, duplicates } = addTags(value, items);
    if (list.length !== value.length) onChange(list);
    setNote(duplicates.length ? `Already listed: ${duplicates.join(", ")}` : "");
  };
  const remove = (index: number) => {
    const removed = value[index];
    onChange(value.filter((_, i) => i !== index));
    setNote(removed ? `Removed ${removed}` : "");
    inputRef.current?.focus();
  };
  const commit = () => {
    if (draft.trim()) add(splitTags(draft));
    setDraft("");
  };

  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      <div
        className={cx(
          "flex flex-wrap items-center gap-1.5 rounded-md border bg-white px-2 py-1.5 shadow-sm focus-within:border-brand-600 focus-within:ring-2 focus-within:ring-brand-600/30",
          errors?.length ? "border-red-500" : "border-stone-300",
        )}
        onClick={() => inputRef.current?.focus()}
      >
        <ul
          id={listId}
          aria-label={`${label}: ${value.length} listed`}
          className="flex max-w-full flex-wrap gap-1.5 empty:hidden"
        >
          {value.map((scope, i) => {
            return (
              <li key={`${scope}-${i}`} className="inline-flex max-w-full items-center">
                {renderTag(scope)}
                <button
                  type="button"
                  onClick={() => remove(i)}
                  aria-label={`Remove ${scope}`}
                  className="ml-0.5 rounded px-1 text-stone-500 hover:bg-stone-200 hover:text-stone-900"
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
        <input
          ref={inputRef}
          id={id}
          value={draft}
          placeholder={value.length ? "" : placeholder}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={`${id}-hint ${id}-error ${id}-note`}
          onChange={(e) => {
            const text = e.target.value;
            // A typed comma ends the tag; pasted lists go through onPaste.
            if (text.includes(",")) {
              add(splitTags(text));
              setDraft("");
            } else setDraft(text);
          }}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              commit();
            } else if (e.key === "Backspace" && draft === "" && value.length > 0) {
              e.preventDefault();
              remove(value.length - 1);
            }
          }}
          onBlur={commit}
          onPaste={(e) => {
            const text = e.clipboardData.getData("text");
            if (/[,\n]/.test(text)) {
              e.preventDefault();
              add(splitTags(draft + text));
              setDraft("");
            }
          }}
          className="min-w-[8rem] flex-1 border-0 bg-transparent px-1 py-1 text-sm outline-none placeholder:text-stone-500"
        />
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-stone-500">
          {hint}
        </p>
      ) : null}
      <p id={`${id}-note`} aria-live="polite" className="text-xs text-stone-600">
        {note}
      </p>
      <div id={`${id}-error`} aria-live="polite">
        {errors?.map((e) => (
          <p key={e} className="text-sm text-red-700">
            {e}
          </p>
        ))}
      </div>
    </div>
  );
}

function plainTag(tag: string) {
  return (
    <span className="inline-flex max-w-full items-center rounded-md bg-stone-100 px-1.5 py-0.5 font-mono text-xs text-stone-800 ring-1 ring-inset ring-stone-200">
      <span className="break-all">{tag}</span>
    </span>
  );
}
