"use client";
import { agentAutonomies, autonomyLabels } from "@/lib/schemas/actors";
import type { ActorFormValues } from "./actor-form-values";
import { EntityField } from "./entity-field";
import type { EntityFields } from "./use-entity-form";

/** What only an AI agent has: its model, autonomy and the task it was given. */
export function AgentFields({ fields }: { fields: EntityFields<ActorFormValues> }) {
  return (
    <div className="grid gap-4 sm:grid-cols-3">
      <EntityField fields={fields} name="model" label="Model" describeHint />
      <EntityField fields={fields} name="modelVersion" label="Model version" describeHint />
      <EntityField
        fields={fields}
        name="autonomy"
        label="Autonomy"
        flagInvalid={false}
        options={
          <>
            <option value="">Not recorded</option>
            {agentAutonomies.map((a) => (
              <option key={a} value={a}>
                {autonomyLabels[a]}
              </option>
            ))}
          </>
        }
      />
      <div className="sm:col-span-3">
        <EntityField
          fields={fields}
          name="task"
          label="Task or prompt it was given"
          hint="Quote the prompt if you have it."
          rows={3}
        />
      </div>
    </div>
  );
}
