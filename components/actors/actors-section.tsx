"use client";
import { useState } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClass, cx } from "@/components/ui/styles";
import type { ActorRecord } from "@/lib/schemas/actors";
import type { EntityResult } from "@/lib/schemas/entity";
import { ActorCard, type ActorCardData } from "./actor-card";
import { ActorForm } from "./actor-form";
import { actorValues, emptyActor } from "./actor-form-values";
import { ConfirmDelete } from "./confirm-delete";

type Result = EntityResult<ActorRecord>;

export type ActorActions = {
  create: (input: unknown) => Promise<Result>;
  update: (actorId: string, input: unknown) => Promise<Result>;
  remove: (actorId: string, input: unknown) => Promise<Result>;
};

/** The actors of a postmortem; editors add, edit and delete them in place. */
export function ActorsSection({
  actors,
  users,
  canEdit,
  actions,
}: {
  actors: ActorCardData[];
  users: { id: string; name: string }[];
  canEdit: boolean;
  /** Bound to the postmortem; absent for readers. */
  actions: ActorActions | null;
}) {
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const editable = canEdit && actions !== null;

  return (
    <section aria-labelledby="actors-heading" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="actors-heading" className="text-lg font-semibold text-stone-900">
          Actors ({actors.length})
        </h2>
        {editable && !adding ? (
          <button type="button" className={buttonClass.primary} onClick={() => setAdding(true)}>
            Add actor
          </button>
        ) : null}
      </div>

      {editable && adding ? (
        <div className="rounded-lg border border-stone-300 bg-white p-4 shadow-sm">
          <h3 className="mb-3 text-base font-semibold text-stone-900">New actor</h3>
          <ActorForm
            initial={emptyActor}
            baseVersion={null}
            users={users}
            save={(input, _version, idempotencyKey) => actions.create({ ...input, idempotencyKey })}
            onDone={() => setAdding(false)}
            submitLabel="Add actor"
          />
        </div>
      ) : null}

      {actors.length === 0 && !adding ? (
        <EmptyState
          title="No actors yet"
          action={
            editable ? (
              <button type="button" className={buttonClass.primary} onClick={() => setAdding(true)}>
                Add the first actor
              </button>
            ) : undefined
          }
        >
          {editable
            ? "Add the people, automations and AI agents that acted in this incident, with the permissions each held, needed and used. Kintsugi then shows the gaps."
            : "Nobody has recorded the people, automations and AI agents that acted in this incident yet."}
        </EmptyState>
      ) : (
        <ul className="space-y-3">
          {actors.map((a) => (
            <li key={a.id}>
              {editable && editing === a.id ? (
                <div className="rounded-lg border border-stone-300 bg-white p-4 shadow-sm">
                  <h3 className="mb-3 text-base font-semibold text-stone-900">Edit {a.name}</h3>
                  <ActorForm
                    initial={actorValues(a)}
                    baseVersion={a.version}
                    users={users}
                    save={(input, baseVersion) =>
                      actions.update(a.id, { baseVersion: baseVersion ?? a.version, actor: input })
                    }
                    onDone={() => setEditing(null)}
                    submitLabel="Save actor"
                  />
                </div>
              ) : (
                <ActorCard
                  actor={a}
                  actions={
                    editable ? (
                      <>
                        <button
                          type="button"
                          className={cx(buttonClass.secondary, "px-2.5 py-1 text-xs")}
                          aria-label={`Edit actor ${a.name}`}
                          onClick={() => setEditing(a.id)}
                        >
                          Edit
                        </button>
                        <ConfirmDelete
                          what={`Delete actor ${a.name}`}
                          title={`Delete ${a.name}?`}
                          onDelete={() => actions.remove(a.id, { baseVersion: a.version })}
                        >
                          <p>
                            {a.eventCount === 0
                              ? "It acted in no timeline events."
                              : `It acted in ${a.eventCount} timeline event${a.eventCount === 1 ? "" : "s"}. The events stay, without an actor.`}{" "}
                            Claims it made stay too, without an actor.
                          </p>
                        </ConfirmDelete>
                      </>
                    ) : undefined
                  }
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
