"use client";
import { useId, useState } from "react";
import { Field } from "@/components/ui/field";
import { cx, inputClass } from "@/components/ui/styles";
import { permissionGaps, scopeMark, scopeOrigin, type PermissionLedger } from "@/lib/permissions";
import { agentAutonomies, autonomyLabels, type ActorRecord, type LedgerList } from "@/lib/schemas/actors";
import type { EntityResult } from "@/lib/schemas/entity";
import { actorKindLabels, actorKinds, type ActorKind } from "@/lib/timeline/types";
import { conflictRows } from "./conflict-notice";
import { EntityFormFooter } from "./entity-form-footer";
import { LedgerGaps } from "./ledger-gaps";
import { TagInput } from "@/components/ui/tag-input";
import { ScopeChip } from "./scope-chip";
import { useEntitySave } from "./use-entity-save";

export type ActorFormValues = {
  kind: ActorKind;
  name: string;
  role: string;
  userId: string;
  description: string;
  model: string;
  modelVersion: string;
  task: string;
  autonomy: string;
  inheritedFrom: string;
  permissionsGranted: string[];
  permissionsInherited: string[];
  permissionsNeeded: string[];
  permissionsUsed: string[];
};

export const emptyActor: ActorFormValues = {
  kind: "PERSON",
  name: "",
  role: "",
  userId: "",
  description: "",
  model: "",
  modelVersion: "",
  task: "",
  autonomy: "",
  inheritedFrom: "",
  permissionsGranted: [],
  permissionsInherited: [],
  permissionsNeeded: [],
  permissionsUsed: [],
};

export function actorValues(a: ActorRecord): ActorFormValues {
  return {
    kind: a.kind,
    name: a.kind === "PERSON" ? "" : a.name,
    role: a.role,
    userId: a.userId ?? "",
    description: a.description,
    model: a.model ?? "",
    modelVersion: a.modelVersion ?? "",
    task: a.task ?? "",
    autonomy: a.autonomy ?? "",
    inheritedFrom: a.inheritedFrom ?? "",
    permissionsGranted: a.permissionsGranted,
    permissionsInherited: a.permissionsInherited,
    permissionsNeeded: a.permissionsNeeded,
    permissionsUsed: a.permissionsUsed,
  };
}

const kindHints: Record<ActorKind, string> = {
  PERSON: "Recorded by role, e.g. “on-call engineer”.",
  AUTOMATION: "A pipeline, autoscaler, script or bot.",
  AI_AGENT: "A model acting on a task or prompt.",
  EXTERNAL_SERVICE: "A vendor, cloud provider or other system.",
};

const ledgerFields: { key: LedgerList; label: string; hint: string }[] = [
  { key: "permissionsGranted", label: "Granted", hint: "Given to this actor directly." },
  {
    key: "permissionsInherited",
    label: "Inherited",
    hint: "Held through a role, token or person it acted for.",
  },
  { key: "permissionsNeeded", label: "Needed for its task", hint: "What the task actually required." },
  { key: "permissionsUsed", label: "Actually used", hint: "What it used during the incident." },
];

const ledgerOf = (v: ActorFormValues): PermissionLedger => ({
  granted: v.permissionsGranted,
  inherited: v.permissionsInherited,
  needed: v.permissionsNeeded,
  used: v.permissionsUsed,
});

const listName: Record<LedgerList, keyof PermissionLedger> = {
  permissionsGranted: "granted",
  permissionsInherited: "inherited",
  permissionsNeeded: "needed",
  permissionsUsed: "used",
};

/** Add or edit an actor; the permission gaps are computed and highlighted as you type. */
export function ActorForm({
  initial,
  baseVersion: initialBase,
  users,
  save,
  onDone,
  submitLabel,
}: {
  initial: ActorFormValues;
  /** The version being edited; null when adding. */
  baseVersion: number | null;
  users: { id: string; name: string }[];
  /** `idempotencyKey` belongs to this attempt; creates pass it to the action. */
  save: (
    input: ActorFormValues,
    baseVersion: number | null,
    idempotencyKey: string,
  ) => Promise<EntityResult<ActorRecord>>;
  onDone: () => void;
  submitLabel: string;
}) {
  const uid = useId();
  const id = (name: string) => `${uid}-${name}`;
  const [values, setValues] = useState(initial);
  const [baseVersion, setBaseVersion] = useState(initialBase);
  const { pending, result, run, clear } = useEntitySave<ActorRecord>();
  const e = result?.status === "error" ? (result.fieldErrors ?? {}) : {};
  const set = <K extends keyof ActorFormValues>(key: K, value: ActorFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const ledger = ledgerOf(values);
  const gaps = permissionGaps(ledger);
  const inheritedExcess = gaps.excess.filter((s) => scopeOrigin(ledger, s) === "inherited");

  const submit = (version: number | null) =>
    run({ values, version }, (idempotencyKey) => save(values, version, idempotencyKey), onDone);

  const input = (name: keyof ActorFormValues, label: string, hint?: string, required = false) => (
    <Field id={id(name)} label={label} hint={hint} errors={e[name]}>
      <input
        id={id(name)}
        value={values[name] as string}
        onChange={(ev) => set(name, ev.target.value as never)}
        aria-invalid={e[name]?.length ? true : undefined}
        aria-describedby={`${id(name)}-error ${id(name)}-hint`}
        aria-required={required || undefined}
        className={inputClass}
      />
    </Field>
  );

  return (
    <form
      noValidate
      className="space-y-5"
      onSubmit={(ev) => {
        ev.preventDefault();
        submit(baseVersion);
      }}
    >
      <fieldset>
        <legend className="mb-2 text-sm font-medium text-stone-800">Kind of actor</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {actorKinds.map((k) => (
            <label
              key={k}
              className={cx(
                "flex cursor-pointer gap-2 rounded-md border px-3 py-2 text-sm has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-600",
                values.kind === k ? "border-stone-900 bg-stone-50" : "border-stone-300 bg-white",
              )}
            >
              <input
                type="radio"
                name={id("kind")}
                value={k}
                checked={values.kind === k}
                onChange={() => {
                  set("kind", k);
                  // Errors about the other kind's fields no longer apply.
                  clear();
                }}
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

      <div className="grid gap-4 sm:grid-cols-2">
        {values.kind === "PERSON" ? (
          <>
            {input("role", "Role", "Shown instead of a name, so the published text leaves names out.", true)}
            <Field
              id={id("userId")}
              label="Linked Kintsugi user (optional)"
              hint="Only people of this postmortem's team; the name is not shown in the document."
              errors={e.userId}
            >
              <select
                id={id("userId")}
                value={values.userId}
                onChange={(ev) => set("userId", ev.target.value)}
                aria-invalid={e.userId?.length ? true : undefined}
                aria-describedby={`${id("userId")}-error ${id("userId")}-hint`}
                className={inputClass}
              >
                <option value="">Not linked</option>
                {users.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
              </select>
            </Field>
          </>
        ) : (
          <>
            {input("name", "Name", values.kind === "AI_AGENT" ? "e.g. “Coding agent”" : undefined, true)}
            {input(
              "role",
              "What it is",
              values.kind === "AUTOMATION" ? "e.g. “CI/CD pipeline”, “autoscaler”" : "A short description",
            )}
          </>
        )}
      </div>

      {values.kind === "AI_AGENT" ? (
        <div className="grid gap-4 sm:grid-cols-3">
          {input("model", "Model")}
          {input("modelVersion", "Model version")}
          <Field id={id("autonomy")} label="Autonomy" errors={e.autonomy}>
            <select
              id={id("autonomy")}
              value={values.autonomy}
              onChange={(ev) => set("autonomy", ev.target.value)}
              aria-describedby={`${id("autonomy")}-error`}
              className={inputClass}
            >
              <option value="">Not recorded</option>
              {agentAutonomies.map((a) => (
                <option key={a} value={a}>
                  {autonomyLabels[a]}
                </option>
              ))}
            </select>
          </Field>
          <div className="sm:col-span-3">
            <Field
              id={id("task")}
              label="Task or prompt it was given"
              hint="Quote the prompt if you have it."
              errors={e.task}
            >
              <textarea
                id={id("task")}
                rows={3}
                value={values.task}
                onChange={(ev) => set("task", ev.target.value)}
                aria-describedby={`${id("task")}-error ${id("task")}-hint`}
                className={inputClass}
              />
            </Field>
          </div>
        </div>
      ) : null}

      <Field id={id("description")} label="Description (optional)" errors={e.description}>
        <textarea
          id={id("description")}
          rows={2}
          value={values.description}
          onChange={(ev) => set("description", ev.target.value)}
          aria-describedby={`${id("description")}-error`}
          className={inputClass}
        />
      </Field>

      <fieldset className="space-y-4 rounded-lg border border-stone-200 bg-stone-50/60 p-3 sm:p-4">
        <legend className="px-1 text-sm font-semibold text-stone-900">Permission ledger</legend>
        <p className="text-xs text-stone-600">
          Free-form scopes such as <code>ec2:TerminateInstances</code> or “prod database admin”. Press Enter
          or a comma after each; paste a list to add several. A trailing * covers a prefix (<code>s3:*</code>
          ).
        </p>
        <div className="grid gap-4 md:grid-cols-2">
          {ledgerFields.map((f) => (
            <TagInput
              key={f.key}
              id={id(f.key)}
              label={f.label}
              hint={f.hint}
              value={values[f.key]}
              onChange={(next) => set(f.key, next)}
              renderTag={(s) => <ScopeChip scope={s} mark={scopeMark(listName[f.key], s, gaps)} />}
              errors={e[f.key]}
            />
          ))}
        </div>
        {values.permissionsInherited.length > 0 || values.inheritedFrom
          ? input("inheritedFrom", "Inherited from", "The role, token or person the permissions came from.")
          : null}
        <div>
          <h3 className="mb-1.5 text-sm font-semibold text-stone-900">Gaps</h3>
          <LedgerGaps
            gaps={gaps}
            inheritedFrom={values.inheritedFrom}
            inheritedExcess={inheritedExcess}
            live
          />
        </div>
      </fieldset>

      <EntityFormFooter
        result={result}
        pending={pending}
        baseVersion={baseVersion}
        conflictRows={(current) => actorConflictRows(actorValues(current), values)}
        onUseTheirs={(current) => {
          setValues(actorValues(current));
          setBaseVersion(current.version);
        }}
        onKeepMine={(version) => {
          setBaseVersion(version);
          submit(version);
        }}
        clear={clear}
        submitLabel={submitLabel}
        onDone={onDone}
      />
    </form>
  );
}

function actorConflictRows(theirs: ActorFormValues, mine: ActorFormValues) {
  const list = (xs: string[]) => xs.join(", ");
  return conflictRows([
    { label: "Kind", theirs: actorKindLabels[theirs.kind], mine: actorKindLabels[mine.kind] },
    { label: "Name", theirs: theirs.name, mine: mine.name },
    { label: "Role", theirs: theirs.role, mine: mine.role },
    {
      label: "Model",
      theirs: `${theirs.model} ${theirs.modelVersion}`,
      mine: `${mine.model} ${mine.modelVersion}`,
    },
    { label: "Autonomy", theirs: theirs.autonomy, mine: mine.autonomy },
    { label: "Task", theirs: theirs.task, mine: mine.task },
    { label: "Description", theirs: theirs.description, mine: mine.description },
    { label: "Granted", theirs: list(theirs.permissionsGranted), mine: list(mine.permissionsGranted) },
    { label: "Inherited", theirs: list(theirs.permissionsInherited), mine: list(mine.permissionsInherited) },
    { label: "Inherited from", theirs: theirs.inheritedFrom, mine: mine.inheritedFrom },
    { label: "Needed", theirs: list(theirs.permissionsNeeded), mine: list(mine.permissionsNeeded) },
    { label: "Used", theirs: list(theirs.permissionsUsed), mine: list(mine.permissionsUsed) },
  ]);
}
