"use client";
import { useState } from "react";
import { cx, inputClass } from "@/components/ui/styles";

/** Free-form tags: Enter or comma adds what was typed, each tag has a remove button. */
export function TagInput({
  id,
  label,
  tags,
  onChange,
  errors,
}: {
  id: string;
  label: string;
  tags: string[];
  onChange: (tags: string[]) => void;
  errors?: string[] | undefined;
}) {
  const [draft, setDraft] = useState("");
  const add = (value = draft) => {
    const tag = value.replace(/,$/, "").trim();
    if (tag && !tags.includes(tag)) onChange([...tags, tag]);
    setDraft("");
  };
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-xs font-medium text-stone-700">
        {label}
      </label>
      {tags.length > 0 ? (
        <ul className="flex flex-wrap gap-1" aria-label={label}>
          {tags.map((tag) => (
            <li
              key={tag}
              className="inline-flex items-center gap-1 rounded-full bg-stone-100 py-0.5 pl-2 pr-1 text-xs text-stone-800 ring-1 ring-stone-200"
            >
              <span className="font-mono">{tag}</span>
              <button
                type="button"
                onClick={() => onChange(tags.filter((t) => t !== tag))}
                aria-label={`Remove ${tag}`}
                className="rounded-full px-1 text-stone-500 hover:bg-stone-200 hover:text-stone-900"
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <input
        id={id}
        value={draft}
        onChange={(e) => (e.target.value.endsWith(",") ? add(e.target.value) : setDraft(e.target.value))}
        onKeyDown={(e) => {
          // Enter adds the tag instead of saving the whole event (when something was typed).
          if (e.key === "Enter" && draft.trim()) {
            e.preventDefault();
            add();
          } else if (e.key === "Backspace" && !draft && tags.length > 0) {
            onChange(tags.slice(0, -1));
          }
        }}
        onBlur={() => add()}
        placeholder="e.g. prod-db, prod-vpc (Enter adds)"
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={`${id}-error`}
        className={cx(inputClass, "font-mono")}
      />
      <p id={`${id}-error`} aria-live="polite" className="text-xs text-red-700">
        {errors?.[0]}
      </p>
    </div>
  );
}
