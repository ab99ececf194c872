import type { Dispatch } from "react";
import { inputClass } from "@/components/ui/styles";
import { csvFieldLabels, csvFields, type CsvMapping } from "@/lib/import/csv";
import type { Failure } from "./import-client";
import {
  fieldError,
  type AgentOption,
  type ImportWizardAction,
  type ImportWizardState,
} from "./import-wizard-state";

type StepProps = {
  baseId: string;
  state: ImportWizardState;
  zone: string;
  agents: AgentOption[];
  locked: boolean;
  dispatch: Dispatch<ImportWizardAction>;
};

/** Step 3: the source's options: a CSV's columns, a Slack export's time range, an agent log's agent. */
export function ImportOptionsStep({ baseId, state, zone, agents, locked, dispatch }: StepProps) {
  if (state.source === "CSV")
    return state.mapping ? (
      <CsvColumns
        baseId={baseId}
        header={state.header}
        mapping={state.mapping}
        zone={zone}
        locked={locked}
        dispatch={dispatch}
      />
    ) : null;
  if (state.source === "SLACK")
    return (
      <SlackRange
        baseId={baseId}
        range={state.range}
        failure={state.failure}
        zone={zone}
        locked={locked}
        dispatch={dispatch}
      />
    );
  return (
    <AgentChoice
      baseId={baseId}
      agents={agents}
      choice={state.agentChoice}
      name={state.agentName}
      failure={state.failure}
      locked={locked}
      dispatch={dispatch}
    />
  );
}

function CsvColumns({
  baseId,
  header,
  mapping,
  zone,
  locked,
  dispatch,
}: Pick<StepProps, "baseId" | "zone" | "locked" | "dispatch"> & { header: string[]; mapping: CsvMapping }) {
  return (
    <fieldset className="space-y-2" disabled={locked}>
      <legend className="text-sm font-medium text-stone-800">Columns</legend>
      <p className="text-xs text-stone-500">
        Guessed from the header row; change any that are wrong. Times without an offset are read in {zone}.
      </p>
      <div className="grid gap-3 sm:grid-cols-5">
        {csvFields.map((field) => (
          <div key={field} className="space-y-1">
            <label htmlFor={`${baseId}-map-${field}`} className="block text-xs font-medium text-stone-700">
              {csvFieldLabels[field]}
              {field === "time" || field === "description" ? " (required)" : ""}
            </label>
            <select
              id={`${baseId}-map-${field}`}
              className={inputClass}
              value={mapping[field] ?? ""}
              onChange={(e) => {
                const value = e.currentTarget.value;
                dispatch({ type: "columnMapped", field, column: value === "" ? null : Number(value) });
              }}
            >
              <option value="">(none)</option>
              {header.map((h, i) => (
                <option key={`${i}-${h}`} value={i}>
                  {h || `Column ${i + 1}`}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

function SlackRange({
  baseId,
  range,
  failure,
  zone,
  locked,
  dispatch,
}: Pick<StepProps, "baseId" | "zone" | "locked" | "dispatch"> & {
  range: ImportWizardState["range"];
  failure: Failure | null;
}) {
  return (
    <fieldset className="space-y-2" disabled={locked}>
      <legend className="text-sm font-medium text-stone-800">Messages between (in {zone})</legend>
      <div className="grid gap-3 sm:grid-cols-2">
        {(["from", "to"] as const).map((end) => (
          <div key={end} className="space-y-1">
            <label htmlFor={`${baseId}-${end}`} className="block text-xs font-medium text-stone-700">
              {end === "from" ? "From" : "To"}
            </label>
            <input
              id={`${baseId}-${end}`}
              type="datetime-local"
              className={inputClass}
              value={range[end]}
              aria-invalid={fieldError(failure, end) ? true : undefined}
              aria-describedby={`${baseId}-${end}-error`}
              onChange={(e) => dispatch({ type: "rangeChanged", end, value: e.currentTarget.value })}
            />
            <p id={`${baseId}-${end}-error`} aria-live="polite" className="text-sm text-red-700">
              {fieldError(failure, end)}
            </p>
          </div>
        ))}
      </div>
      <p className="text-xs text-stone-500">
        Starts as the incident window (started to resolved). Leave an end empty to keep everything on that
        side.
      </p>
    </fieldset>
  );
}

function AgentChoice({
  baseId,
  agents,
  choice,
  name,
  failure,
  locked,
  dispatch,
}: Pick<StepProps, "baseId" | "agents" | "locked" | "dispatch"> & {
  choice: string;
  name: string;
  failure: Failure | null;
}) {
  return (
    <fieldset className="space-y-2" disabled={locked}>
      <legend className="text-sm font-medium text-stone-800">Whose log is it?</legend>
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="space-y-1">
          <label htmlFor={`${baseId}-agent`} className="block text-xs font-medium text-stone-700">
            Agent
          </label>
          <select
            id={`${baseId}-agent`}
            className={inputClass}
            value={choice}
            onChange={(e) => dispatch({ type: "agentChosen", choice: e.currentTarget.value })}
          >
            {agents.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
            <option value="new">A new AI agent…</option>
          </select>
        </div>
        {choice === "new" ? (
          <div className="space-y-1">
            <label htmlFor={`${baseId}-agent-name`} className="block text-xs font-medium text-stone-700">
              New agent&apos;s name
            </label>
            <input
              id={`${baseId}-agent-name`}
              className={inputClass}
              value={name}
              maxLength={120}
              placeholder="e.g. Infra coding agent"
              aria-invalid={fieldError(failure, "agent") ? true : undefined}
              aria-describedby={`${baseId}-agent-error`}
              onChange={(e) => dispatch({ type: "agentNamed", name: e.currentTarget.value })}
            />
            <p id={`${baseId}-agent-error`} aria-live="polite" className="text-sm text-red-700">
              {fieldError(failure, "agent")}
            </p>
          </div>
        ) : null}
      </div>
      <p className="text-xs text-stone-500">
        Every line becomes an action of this agent. Add its model, task and permissions on the Actors tab.
      </p>
    </fieldset>
  );
}
