"use client";
import Link from "next/link";
import { useState } from "react";
import { ConfirmDelete } from "@/components/actors/confirm-delete";
import { EntityListSection, FormCard } from "@/components/ui/entity-list-section";
import { Markdown } from "@/components/ui/markdown";
import { buttonClass, cx } from "@/components/ui/styles";
import type { EntityResult } from "@/lib/schemas/entity";
import type { GuardrailRecord } from "@/lib/schemas/guardrails";
import type { EventChoice } from "./event-picker";
import { GuardrailForm, emptyGuardrail, guardrailValues } from "./guardrail-form";
import { GuardrailStateBadge } from "./guardrail-state-badge";

type Result = EntityResult<GuardrailRecord>;

export type GuardrailActions = {
  create: (input: unknown) => Promise<Result>;
  update: (guardrailId: string, input: unknown) => Promise<Result>;
  remove: (guardrailId: string, input: unknown) => Promise<Result>;
};

/** The controls that existed (or should have), with what happened to each. */
export function GuardrailsSection({
  postmortemId,
  guardrails,
  events,
  actions,
}: {
  postmortemId: string;
  guardrails: GuardrailRecord[];
  events: EventChoice[];
  /** Bound to the postmortem; null for readers. */
  actions: GuardrailActions | null;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const label = (id: string) => events.find((e) => e.id === id)?.label ?? "Event";

  return (
    <EntityListSection
      headingId="guardrails-heading"
      heading={<>Guardrails ({guardrails.length})</>}
      count={guardrails.length}
      addLabel="Add guardrail"
      newTitle="New guardrail"
      renderNewForm={
        actions
          ? (close) => (
              <GuardrailForm
                initial={emptyGuardrail}
                baseVersion={null}
                events={events}
                save={(input, _version, idempotencyKey) => actions.create({ ...input, idempotencyKey })}
                onDone={close}
                submitLabel="Add guardrail"
              />
            )
          : null
      }
      empty={{
        title: "No guardrails recorded",
        addLabel: "Add the first guardrail",
        text: actions
          ? "Record the controls that existed or should have: approval gates, change freezes, backups, environment separation, rate limits, deny-lists. Say whether each worked, was bypassed, existed only as an instruction, or was absent."
          : "No controls have been recorded for this incident yet.",
      }}
    >
      <ul className="grid gap-3 lg:grid-cols-2">
        {guardrails.map((g) => (
          <li key={g.id} className={cx(editing === g.id && "lg:col-span-2")}>
            {actions && editing === g.id ? (
              <FormCard title={`Edit ${g.name}`}>
                <GuardrailForm
                  initial={guardrailValues(g)}
                  baseVersion={g.version}
                  events={events}
                  save={(input, baseVersion) =>
                    actions.update(g.id, { baseVersion: baseVersion ?? g.version, guardrail: input })
                  }
                  onDone={() => setEditing(null)}
                  submitLabel="Save guardrail"
                />
              </FormCard>
            ) : (
              <article
                aria-labelledby={`guardrail-${g.id}`}
                className="h-full rounded-lg border border-stone-200 bg-white p-4 shadow-sm"
              >
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div className="min-w-0">
                    <h3 id={`guardrail-${g.id}`} className="font-semibold break-words text-stone-900">
                      {g.name}
                    </h3>
                    <p className="mt-0.5 flex flex-wrap items-center gap-2 text-sm text-stone-600">
                      <span>{g.kind}</span>
                      <GuardrailStateBadge state={g.state} />
                    </p>
                  </div>
                  {actions ? (
                    <div className="flex shrink-0 gap-2">
                      <button
                        type="button"
                        className={cx(buttonClass.secondary, "px-2.5 py-1 text-xs")}
                        aria-label={`Edit guardrail ${g.name}`}
                        onClick={() => setEditing(g.id)}
                      >
                        Edit
                      </button>
                      <ConfirmDelete
                        what={`Delete guardrail ${g.name}`}
                        title={`Delete ${g.name}?`}
                        onDelete={() => actions.remove(g.id, { baseVersion: g.version })}
                      >
                        <p>The guardrail and its links to events are removed. The events stay.</p>
                      </ConfirmDelete>
                    </div>
                  ) : null}
                </div>
                {g.notes ? (
                  <div className="mt-2 text-sm">
                    <Markdown>{g.notes}</Markdown>
                  </div>
                ) : null}
                <p className="mt-2 text-xs font-semibold tracking-wide text-stone-500 uppercase">
                  Events where it mattered
                </p>
                {g.eventIds.length ? (
                  <ul className="mt-1 space-y-0.5 text-sm">
                    {g.eventIds.map((id) => (
                      <li key={id}>
                        <Link
                          href={`/postmortems/${postmortemId}/timeline#event-${id}`}
                          className={buttonClass.link}
                        >
                          {label(id)}
                        </Link>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="mt-1 text-sm text-stone-500">Not linked to any event.</p>
                )}
              </article>
            )}
          </li>
        ))}
      </ul>
    </EntityListSection>
  );
}
