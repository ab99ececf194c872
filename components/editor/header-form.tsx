"use client";
import { firstProblem } from "@/lib/action-result";
import { useRef, useState } from "react";
import { Field, fieldProps } from "@/components/ui/field";
import { buttonClass, inputClass } from "@/components/ui/styles";
import { milestoneKeys, milestoneLabels } from "@/lib/milestones";
import { headerKeys, type HeaderKey, type HeaderValues } from "@/lib/schemas/editing";
import type { saveHeaderAction } from "@/server/postmortems/editing/actions";
import { clearLocalDraft, draftKey, useInitialLocalDraft, writeLocalDraft } from "./local-draft";
import { LocalDraftOffer } from "./local-draft-offer";
import { SaveStatus } from "./save-status";
import { useAutosave, type SaveOutcome } from "./use-autosave";

type Errors = Record<string, string[] | undefined>;

const dirtyKeys = (draft: HeaderValues, base: HeaderValues) => headerKeys.filter((k) => draft[k] !== base[k]);

export function HeaderForm({
  postmortemId,
  initial,
  version,
  owners,
  timeZones,
  severities,
  save: saveAction,
}: {
  postmortemId: string;
  initial: HeaderValues;
  version: number;
  owners: { id: string; name: string }[];
  timeZones: string[];
  /** The organisation's scale (lib/severity.ts severityOptions), with the stored level if it is off the scale. */
  severities: { value: string; label: string }[];
  save: typeof saveHeaderAction;
}) {
  const key = draftKey(postmortemId, "header");
  const [draft, setDraftState] = useState(initial);
  const [base, setBaseState] = useState(initial);
  const draftRef = useRef(draft);
  const baseRef = useRef(base);
  const [revision, setRevision] = useState(0);
  const [errors, setErrors] = useState<Errors>({});
  const [conflicts, setConflicts] = useState<Partial<HeaderValues>>({});
  const [offerHandled, setOfferHandled] = useState(false);
  const local = useInitialLocalDraft<{ values: Partial<HeaderValues>; base: Partial<HeaderValues> }>(key);
  const offer =
    !offerHandled &&
    local?.data.values &&
    Object.entries(local.data.values).some(
      ([k, v]) => initial[k as HeaderKey] !== v && draft[k as HeaderKey] !== v,
    )
      ? local
      : null;

  const setBase = (next: HeaderValues) => {
    baseRef.current = next;
    setBaseState(next);
  };
  const remember = () => {
    const changed = dirtyKeys(draftRef.current, baseRef.current);
    if (changed.length === 0) clearLocalDraft(key);
    else
      writeLocalDraft(key, version, {
        values: Object.fromEntries(changed.map((k) => [k, draftRef.current[k]])),
        base: Object.fromEntries(changed.map((k) => [k, baseRef.current[k]])),
      });
  };
  const setDraft = (next: HeaderValues) => {
    draftRef.current = next;
    setDraftState(next);
    setRevision((r) => r + 1);
    remember();
  };
  const set = (k: HeaderKey, value: string) => {
    setDraft({ ...draftRef.current, [k]: value });
    if (errors[k]) setErrors((e) => ({ ...e, [k]: undefined }));
  };

  const dirty = dirtyKeys(draft, base).length > 0;

  async function save(): Promise<SaveOutcome> {
    const sent = draftRef.current;
    const from = baseRef.current;
    const keys = dirtyKeys(sent, from);
    if (keys.length === 0) return { kind: "saved", at: new Date() };
    const result = await saveAction(postmortemId, {
      base: Object.fromEntries(keys.map((k) => [k, from[k]])),
      changes: Object.fromEntries(keys.map((k) => [k, sent[k]])),
    });
    if (result.status === "success") {
      // Take the server's values (others' changes too) where nothing was typed since.
      const now = draftRef.current;
      const next = { ...now };
      for (const k of headerKeys) if (now[k] === sent[k]) next[k] = result.values[k];
      setBase(result.values);
      draftRef.current = next;
      setDraftState(next);
      setErrors({});
      remember();
      return { kind: "saved", at: new Date(result.savedAt) };
    }
    if (result.status === "conflict") {
      // Fields nobody typed in follow the server; conflicting ones wait for a choice.
      const nextBase = { ...from };
      const now = { ...draftRef.current };
      for (const k of headerKeys) {
        if (k in result.theirs.conflicts) continue;
        if (now[k] === from[k]) now[k] = result.theirs.values[k];
        nextBase[k] = result.theirs.values[k];
      }
      setBase(nextBase);
      draftRef.current = now;
      setDraftState(now);
      setConflicts(result.theirs.conflicts);
      return { kind: "conflict" };
    }
    if (result.kind === "unexpected") return { kind: "failed", message: result.formError };
    setErrors(result.fieldErrors ?? {});
    return { kind: "rejected", message: firstProblem(result) };
  }

  const paused = Object.keys(conflicts).length > 0;
  const autosave = useAutosave({ revision, dirty, paused, save });

  const choose = (k: HeaderKey, keep: "theirs" | "mine") => {
    const theirs = conflicts[k] ?? "";
    setBase({ ...baseRef.current, [k]: theirs });
    const rest = { ...conflicts };
    delete rest[k];
    setConflicts(rest);
    if (keep === "theirs") setDraft({ ...draftRef.current, [k]: theirs });
    else setRevision((r) => r + 1);
    if (Object.keys(rest).length === 0) autosave.saveNow();
  };

  const field = (k: HeaderKey) => {
    const conflict = conflicts[k];
    return {
      errors: errors[k],
      props: { ...fieldProps(`pm-${k}`, errors[k]), name: k },
      conflict:
        conflict !== undefined ? (
          <div role="alert" className="mt-1 rounded-md border border-amber-300 bg-amber-50 p-2 text-sm">
            <p>
              Someone else changed this to <strong>{conflict || "(empty)"}</strong>.
            </p>
            <div className="mt-1 flex gap-2">
              <button
                type="button"
                className={buttonClass.secondary + " px-2 py-1"}
                onClick={() => choose(k, "theirs")}
              >
                Use theirs
              </button>
              <button
                type="button"
                className={buttonClass.secondary + " px-2 py-1"}
                onClick={() => choose(k, "mine")}
              >
                Keep mine
              </button>
            </div>
          </div>
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

  const select = (k: HeaderKey, label: string, options: { value: string; label: string }[]) => {
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

  const zones = timeZones.includes(draft.incidentTimeZone)
    ? timeZones
    : [draft.incidentTimeZone, ...timeZones];

  return (
    <section
      aria-labelledby="pm-header-heading"
      className="space-y-4 rounded-lg border border-stone-200 bg-white p-4 sm:p-5"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="pm-header-heading" className="text-lg font-semibold">
          Overview
        </h2>
        <SaveStatus id="pm-header-status" autosave={autosave} />
      </div>

      {offer ? (
        <LocalDraftOffer
          label="Unsaved overview changes found"
          message="This browser kept overview changes that were not saved."
          restoreLabel="Restore unsaved changes from"
          at={offer.at}
          onRestore={() => {
            setOfferHandled(true);
            // Save against the values it started from: if they moved on, that is a conflict.
            setBase({ ...baseRef.current, ...offer.data.base });
            setDraft({ ...draftRef.current, ...offer.data.values });
          }}
          onDiscard={() => {
            setOfferHandled(true);
            clearLocalDraft(key);
          }}
        />
      ) : null}

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
    </section>
  );
}
