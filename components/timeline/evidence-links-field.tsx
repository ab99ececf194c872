"use client";
import { buttonClass, inputClass } from "@/components/ui/styles";

type Link = { url: string; label: string };

/** The event form's evidence links: address and optional label per row, add and remove. */
export function EvidenceLinksField({
  links,
  onChange,
  fieldId,
  errorsOf,
}: {
  links: Link[];
  onChange: (links: Link[]) => void;
  /** The form's id maker, so ids stay unique per form. */
  fieldId: (name: string) => string;
  /** Errors by field path ("evidenceLinks.0.url"). */
  errorsOf: (key: string) => string[] | undefined;
}) {
  const edit = (i: number, change: Partial<Link>) =>
    onChange(links.map((l, j) => (j === i ? { ...l, ...change } : l)));
  return (
    <fieldset className="space-y-2">
      <legend className="text-xs font-medium text-stone-700">Evidence links</legend>
      {links.map((link, i) => {
        const key = `evidenceLinks.${i}.url`;
        const errors = errorsOf(key);
        const errorId = `${fieldId(key)}-error`;
        return (
          <div key={i} className="grid gap-2 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_auto] sm:items-start">
            <div>
              <label htmlFor={fieldId(`link-${i}`)} className="sr-only">
                Link {i + 1} address
              </label>
              <input
                id={fieldId(`link-${i}`)}
                type="url"
                value={link.url}
                placeholder="https://…"
                onChange={(e) => edit(i, { url: e.target.value })}
                className={inputClass}
                aria-invalid={errors?.length ? true : undefined}
                aria-describedby={errorId}
              />
              <p id={errorId} aria-live="polite" className="text-xs text-red-700">
                {errors?.[0]}
              </p>
            </div>
            <div>
              <label htmlFor={fieldId(`link-label-${i}`)} className="sr-only">
                Link {i + 1} label
              </label>
              <input
                id={fieldId(`link-label-${i}`)}
                value={link.label}
                placeholder="Label (optional)"
                onChange={(e) => edit(i, { label: e.target.value })}
                className={inputClass}
              />
            </div>
            <button
              type="button"
              className={buttonClass.secondary}
              onClick={() => onChange(links.filter((_, j) => j !== i))}
            >
              Remove link {i + 1}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        className={buttonClass.secondary}
        onClick={() => onChange([...links, { url: "", label: "" }])}
      >
        Add evidence link
      </button>
    </fieldset>
  );
}
