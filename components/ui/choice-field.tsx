"use client";

/**
 * A radio group as a fieldset: legend, one bordered option per choice, and
 * its errors announced under it.
 */
export function ChoiceField<T extends string>({
  id,
  legend,
  options,
  labels,
  value,
  onChange,
  errors,
  className = "flex flex-wrap gap-2",
}: {
  id: string;
  legend: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: string;
  onChange: (value: T) => void;
  errors?: string[];
  /** Layout of the options. */
  className?: string;
}) {
  return (
    <fieldset aria-describedby={`${id}-error`}>
      <legend className="mb-2 text-sm font-medium text-stone-800">{legend}</legend>
      <div className={className}>
        {options.map((option) => (
          <label
            key={option}
            className="flex cursor-pointer items-center gap-2 rounded-md border border-stone-300 bg-white px-3 py-2 text-sm has-[:checked]:border-stone-900 has-[:checked]:bg-stone-50"
          >
            <input
              type="radio"
              name={id}
              value={option}
              checked={value === option}
              onChange={() => onChange(option)}
            />
            {labels[option]}
          </label>
        ))}
      </div>
      <div id={`${id}-error`} aria-live="polite">
        {errors?.map((m) => (
          <p key={m} className="text-sm text-red-700">
            {m}
          </p>
        ))}
      </div>
    </fieldset>
  );
}
