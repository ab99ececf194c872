"use client";
import type { ActorRecord } from "@/lib/schemas/actors";
import { actorConflictRows, actorValues, type ActorFormValues } from "./actor-form-values";
import { ActorIdentityFields } from "./actor-identity-fields";
import { ActorKindPicker } from "./actor-kind-picker";
import { AgentFields } from "./agent-fields";
import { EntityField } from "./entity-field";
import { EntityFormFooter } from "./entity-form-footer";
import { PermissionLedgerFields } from "./permission-ledger-fields";
import { useEntityForm, type EntityFormProps } from "./use-entity-form";

/** Add or edit an actor; the permission gaps are computed and highlighted as you type. */
export function ActorForm({
  users,
  ...props
}: EntityFormProps<ActorFormValues, ActorRecord> & { users: { id: string; name: string }[] }) {
  const f = useEntityForm({ ...props, fromRecord: actorValues });
  const { id, values, set } = f.fields;

  return (
    <form {...f.form} className="space-y-5">
      <ActorKindPicker
        name={id("kind")}
        value={values.kind}
        onChange={(k) => {
          set("kind", k);
          // Errors about the other kind's fields no longer apply.
          f.clear();
        }}
      />

      <ActorIdentityFields fields={f.fields} users={users} />

      {values.kind === "AI_AGENT" ? <AgentFields fields={f.fields} /> : null}

      <EntityField fields={f.fields} name="description" label="Description (optional)" rows={2} />

      <PermissionLedgerFields fields={f.fields} />

      <EntityFormFooter
        {...f.footer}
        conflictRows={(current) => actorConflictRows(actorValues(current), values)}
      />
    </form>
  );
}
