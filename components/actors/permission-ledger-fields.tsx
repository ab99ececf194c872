"use client";
import { TagInput } from "@/components/ui/tag-input";
import { permissionGaps, scopeMark, scopeOrigin, type PermissionLedger } from "@/lib/permissions";
import type { LedgerList } from "@/lib/schemas/actors";
import type { ActorFormValues } from "./actor-form-values";
import { EntityField } from "./entity-field";
import { LedgerGaps } from "./ledger-gaps";
import { ScopeChip } from "./scope-chip";
import type { EntityFields } from "./use-entity-form";

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

/** The four permission lists, with their gaps computed and highlighted as you type. */
export function PermissionLedgerFields({ fields }: { fields: EntityFields<ActorFormValues> }) {
  const { id, values, set, errors: e } = fields;
  const ledger = ledgerOf(values);
  const gaps = permissionGaps(ledger);
  const inheritedExcess = gaps.excess.filter((s) => scopeOrigin(ledger, s) === "inherited");

  return (
    <fieldset className="space-y-4 rounded-lg border border-stone-200 bg-stone-50/60 p-3 sm:p-4">
      <legend className="px-1 text-sm font-semibold text-stone-900">Permission ledger</legend>
      <p className="text-xs text-stone-600">
        Free-form scopes such as <code>ec2:TerminateInstances</code> or “prod database admin”. Press Enter or
        a comma after each; paste a list to add several. A trailing * covers a prefix (<code>s3:*</code>
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
      {values.permissionsInherited.length > 0 || values.inheritedFrom ? (
        <EntityField
          fields={fields}
          name="inheritedFrom"
          label="Inherited from"
          hint="The role, token or person the permissions came from."
        />
      ) : null}
      <div>
        <h3 className="mb-1.5 text-sm font-semibold text-stone-900">Gaps</h3>
        <LedgerGaps gaps={gaps} inheritedFrom={values.inheritedFrom} inheritedExcess={inheritedExcess} live />
      </div>
    </fieldset>
  );
}
