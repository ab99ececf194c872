"use client";
import { Field, fieldProps } from "@/components/ui/field";
import { inputClass } from "@/components/ui/styles";
import { milestoneKeys, milestoneLabels } from "@/lib/milestones";
import type { HeaderKey } from "@/lib/schemas/editing";
import { HeaderFieldConflict } from "./header-field-conflict";
import type { HeaderSave } from "./use-header-save";
import { useTimeZones } from "./use-time-zones";

type Option = { value: string; label: string };

/** The overview's fields: title, summary, severity, owner, time zone, milestones and impact. */
export function HeaderFields({
  header: { draft, set, errors, conflicts, choose },
  owners,
  severities,
}: {
  header: Pick<HeaderSave, "draft" | "set" | "errors" | "conflicts" | "choose">;
  owners: { id: string; name: string }[];
  severities: Option[];
}) {
  const field = (k: HeaderKey) => {
    const conflict = conflicts[k];
    return {
      errors: errors[k],
      props: { ...fieldProps(`pm-${k}`, errors[k]), name: k },
      conflict:
        conflict !== undefined ? (
          <HeaderFieldConflict theirs={conflict} onChoose={(keep) => choose(k, keep)} />
        ) : null,
    };
  };

  const text = (
    k: HeaderKey,
    label: string,
    extra: { type?: string; inputMode?: "numeric" | "decimal"; hint?: string } = {},
  ) => {
    const f = field(k);
    return (
      <Field id={`pm-${k}`} label={label} errors={f.errors} hint={extra.hint}>
        <input
          {...f.props}
          type={extra.type ?? "text"}
          inputMode={extra.inputMode}
          value={draft[k]}
          onChange={(e) => set(k, e.target.value)}
          className={inputClass}
        />
        {f.conflict}
      </Field>
    );
  };

  const area = (k: HeaderKey, label: string, rows: number) => {
    const f = field(k);
    return (
      <Field id={`pm-${k}`} label={label} errors={f.errors}>
        <textarea
          {...f.props}
          rows={rows}
          value={draft[k]}
          onChange={(e) => set(k, e.target.value)}
          className={inputClass}
        />
        {f.conflict}
      </Field>
    );
  };

  const select = (k: HeaderKey, label: string, options: Option[]) => {
    const f = field(k);
    return (
      <Field id={`pm-${k}`} label={label} errors={f.errors}>
        <select {...f.props} value={draft[k]} onChange={(e) => set(k, e.target.value)} className={inputClass}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        {f.conflict}
      </Field>
    );
  };

  const zones = useTimeZones(draft.incidentTimeZone);

  return (
    <>
      {text("title", "Title")}
      {area("summary", "TL;DR summary (Markdown)", 3)}
      <div className="grid gap-4 sm:grid-cols-3">
        {select("severity", "Severity", severities)}
        {select(
          "ownerId",
          "Owner",
          owners.some((o) => o.id === draft.ownerId)
            ? owners.map((o) => ({ value: o.id, label: o.name }))
            : [
                { value: draft.ownerId, label: "Current owner" },
                ...owners.map((o) => ({ value: o.id, label: o.name })),
              ],
        )}
        {select(
          "incidentTimeZone",
          "Incident time zone",
          zones.map((z) => ({ value: z, label: z })),
        )}
      </div>

      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold text-stone-800">
          Milestones (in {draft.incidentTimeZone})
        </legend>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {milestoneKeys.map((k) => (
            <div key={k}>{text(k, milestoneLabels[k], { type: "datetime-local" })}</div>
          ))}
        </div>
      </fieldset>

      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold text-stone-800">Impact</legend>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {text("customersAffected", "Customers affected", { inputMode: "numeric" })}
          {text("usersAffected", "Users affected", { inputMode: "numeric" })}
          {text("impactDurationMinutes", "Impact duration (minutes)", { inputMode: "numeric" })}
          {text("supportTickets", "Support tickets", { inputMode: "numeric" })}
          {text("revenueImpact", "Revenue impact", { inputMode: "decimal", hint: "e.g. 1250.50" })}
          {text("impactCurrency", "Currency", { hint: "EUR, USD, …" })}
          {text("sloImpact", "SLO impact")}
        </div>
        {area("impactNotes", "Impact notes (Markdown)", 3)}
      </fieldset>
    </>
  );
}
