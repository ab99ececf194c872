"use client";
import type { ActorFormValues } from "./actor-form-values";
import { EntityField } from "./entity-field";
import type { EntityFields } from "./use-entity-form";

/** Who or what the actor is: a person by role (and linked user), anything else by name. */
export function ActorIdentityFields({
  fields,
  users,
}: {
  fields: EntityFields<ActorFormValues>;
  users: { id: string; name: string }[];
}) {
  const kind = fields.values.kind;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {kind === "PERSON" ? (
        <>
          <EntityField
            fields={fields}
            name="role"
            label="Role"
            hint="Shown instead of a name, so the published text leaves names out."
            required
          />
          <EntityField
            fields={fields}
            name="userId"
            label="Linked Kintsugi user (optional)"
            hint="Only people of this postmortem's team; the name is not shown in the document."
            options={
              <>
                <option value="">Not linked</option>
                {users.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
              </>
            }
          />
        </>
      ) : (
        <>
          <EntityField
            fields={fields}
            name="name"
            label="Name"
            hint={kind === "AI_AGENT" ? "e.g. “Coding agent”" : undefined}
            describeHint
            required
          />
          <EntityField
            fields={fields}
            name="role"
            label="What it is"
            hint={kind === "AUTOMATION" ? "e.g. “CI/CD pipeline”, “autoscaler”" : "A short description"}
          />
        </>
      )}
    </div>
  );
}
