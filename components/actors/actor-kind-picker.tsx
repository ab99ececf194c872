"use client";
import { cx } from "@/components/ui/styles";
import { actorKindLabels, actorKinds, type ActorKind } from "@/lib/timeline/types";

const kindHints: Record<ActorKind, string> = {
  PERSON: "Recorded by role, e.g. “on-call engineer”.",
  AUTOMATION: "A pipeline, autoscaler, script or bot.",
  AI_AGENT: "A model acting on a task or prompt.",
  EXTERNAL_SERVICE: "A vendor, cloud provider or other system.",
};

/** The kind of actor as a radio group, each kind with a hint. */
export function ActorKindPicker({
  name,
  value,
  onChange,
}: {
  name: string;
  value: ActorKind;
  onChange: (kind: ActorKind) => void;
}) {
  return (
    <fieldset>
      <legend className="mb-2 text-sm font-medium text-stone-800">Kind of actor</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {actorKinds.map((k) => (
          <label
            key={k}
            className={cx(
              "flex cursor-pointer gap-2 rounded-md border px-3 py-2 text-sm has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-600",
              value === k ? "border-stone-900 bg-stone-50" : "border-stone-300 bg-white",
            )}
          >
            <input
              type="radio"
              name={name}
              value={k}
              checked={value === k}
              onChange={() => onChange(k)}
              className="mt-0.5"
            />
            <span>
              <span className="font-medium text-stone-900">{actorKindLabels[k]}</span>
              <span className="block text-xs text-stone-600">{kindHints[k]}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
