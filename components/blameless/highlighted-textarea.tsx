"use client";
import { forwardRef, useDeferredValue, useMemo, useRef, type TextareaHTMLAttributes } from "react";
import { checkBlameless } from "@/lib/blameless/check";
import type { BlamelessFlag } from "@/lib/blameless/rules";

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "value" | "onChange"> & {
  value: string;
  onChange: (value: string) => void;
  /** Names of people on the team, so "<name> broke…" is flagged too. */
  names?: string[];
  /** Flags the writer dismissed, as `${ruleId}:${phrase lower-cased}`; shown without underline. */
  dismissed?: ReadonlySet<string>;
  onFlags?: (flags: BlamelessFlag[]) => void;
};

export const flagKey = (flag: Pick<BlamelessFlag, "ruleId" | "match">) =>
  `${flag.ruleId}:${flag.match.toLowerCase()}`;

/**
 * A textarea that underlines blaming and counterfactual phrases as you type.
 * A backdrop with the same text and metrics sits behind the (transparent)
 * textarea; flagged ranges in the backdrop get a wavy underline. Checking
 * runs on a deferred copy of the text, so typing never waits for it.
 */
export const HighlightedTextarea = forwardRef<HTMLTextAreaElement, Props>(function HighlightedTextarea(
  { value, onChange, names, dismissed, onFlags, className, ...rest },
  ref,
) {
  const deferred = useDeferredValue(value);
  const backdrop = useRef<HTMLDivElement>(null);
  const flags = useMemo(() => checkBlameless(deferred, { names: names ?? [] }), [deferred, names]);
  const lastReported = useRef<BlamelessFlag[] | null>(null);
  if (onFlags && lastReported.current !== flags) {
    lastReported.current = flags;
    queueMicrotask(() => onFlags(flags));
  }

  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [i, flag] of flags.entries()) {
    if (flag.start < at || flag.end > deferred.length) continue;
    parts.push(deferred.slice(at, flag.start));
    const isDismissed = dismissed?.has(flagKey(flag));
    parts.push(
      <mark
        key={i}
        className={
          isDismissed
            ? "bg-transparent text-transparent"
            : "bg-amber-100/70 text-transparent underline decoration-amber-600 decoration-wavy underline-offset-4"
        }
      >
        {deferred.slice(flag.start, flag.end)}
      </mark>,
    );
    at = flag.end;
  }
  parts.push(deferred.slice(at) + "\n");

  const shared = "whitespace-pre-wrap break-words px-3 py-2 font-mono text-sm leading-6";
  return (
    <div className="relative">
      <div
        ref={backdrop}
        aria-hidden
        className={`${shared} pointer-events-none absolute inset-0 overflow-hidden rounded-md border border-transparent text-transparent`}
      >
        {parts}
      </div>
      <textarea
        ref={ref}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onScroll={(e) => {
          if (backdrop.current) backdrop.current.scrollTop = e.currentTarget.scrollTop;
        }}
        spellCheck
        className={`${shared} relative block w-full resize-y rounded-md border border-stone-300 bg-transparent text-stone-900 caret-stone-900 focus:border-brand-600 ${className ?? ""}`}
        {...rest}
      />
    </div>
  );
});
