"use client";
import { forwardRef } from "react";
import { cx, inputClass } from "@/components/ui/styles";
import { formatEventTime, parseTimeInput } from "@/lib/timeline/relative-time";

/**
 * A text field for fast time entry ("+5m", "14:05", "2026-11-20 14:05"). It
 * shows the parsed time in the incident zone as the user types, or why the
 * input cannot be read.
 */
export const TimeField = forwardRef<
  HTMLInputElement,
  {
    id: string;
    label: string;
    value: string;
    onChange: (value: string) => void;
    zone: string;
    reference: Date | null;
    errors?: string[] | undefined;
    optional?: boolean;
    className?: string;
  }
>(function TimeField({ id, label, value, onChange, zone, reference, errors, optional, className }, ref) {
  const parsed = value.trim() ? parseTimeInput(value, { zone, reference }) : null;
  const problem = errors?.[0] ?? (parsed && !parsed.ok ? parsed.error : undefined);
  return (
    <div className={cx("min-w-0 space-y-1", className)}>
      <label htmlFor={id} className="block text-xs font-medium text-stone-700">
        {label}
      </label>
      <input
        ref={ref}
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        autoComplete="off"
        spellCheck={false}
        placeholder={optional ? "optional" : reference ? "+5m or 14:05" : "2026-11-20 14:05"}
        aria-invalid={problem ? true : undefined}
        aria-describedby={`${id}-parsed`}
        className={cx(inputClass, "font-mono")}
      />
      <p id={`${id}-parsed`} aria-live="polite" className="min-h-4 text-xs">
        {problem ? (
          <span className="text-red-700">{problem}</span>
        ) : parsed?.ok ? (
          <span className="text-stone-600">→ {formatEventTime(parsed.at, zone, { withYear: false })}</span>
        ) : null}
      </p>
    </div>
  );
});
