"use client";
import Link from "next/link";
import { useState } from "react";
import { ConfirmDelete } from "@/components/actors/confirm-delete";
import { EntityListSection, FormCard } from "@/components/ui/entity-list-section";
import { Markdown } from "@/components/ui/markdown";
import { buttonClass, cx } from "@/components/ui/styles";
import type { ClaimRecord } from "@/lib/schemas/claims";
import type { EntityResult } from "@/lib/schemas/entity";
import { ClaimForm, claimValues, emptyClaim, type Choice } from "./claim-form";
import { ClaimStatusBadge } from "./claim-status-badge";

type Result = EntityResult<ClaimRecord>;

export type ClaimActions = {
  create: (input: unknown) => Promise<Result>;
  update: (claimId: string, input: unknown) => Promise<Result>;
  remove: (claimId: string, input: unknown) => Promise<Result>;
};

/** Statements automations and agents made, and whether they held up; refuted ones stand out. */
export function ClaimsSection({
  postmortemId,
  claims,
  actors,
  events,
  actions,
}: {
  postmortemId: string;
  claims: ClaimRecord[];
  actors: Choice[];
  events: Choice[];
  actions: ClaimActions | null;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const name = (list: Choice[], id: string | null) => (id ? list.find((c) => c.id === id)?.label : undefined);
  const refuted = claims.filter((c) => c.status === "REFUTED").length;

  return (
    <EntityListSection
      headingId="claims-heading"
      heading={
        <>
          Claims ({claims.length}
          {refuted ? `, ${refuted} refuted` : ""})
        </>
      }
      count={claims.length}
      addLabel="Add claim"
      newTitle="New claim"
      renderNewForm={
        actions
          ? (close) => (
              <ClaimForm
                initial={emptyClaim}
                baseVersion={null}
                actors={actors}
                events={events}
                save={(input, _version, idempotencyKey) => actions.create({ ...input, idempotencyKey })}
                onDone={close}
                submitLabel="Add claim"
              />
            )
          : null
      }
      empty={{
        title: "No claims recorded",
        addLabel: "Add the first claim",
        text: actions
          ? "Record what automations and AI agents stated during the incident (“rollback is impossible”, “tests pass”) and whether it was verified, refuted or is still unknown, with the evidence."
          : "No statements by automations or AI agents have been recorded for this incident yet.",
      }}
    >
      <ul className="space-y-3">
        {claims.map((c) => {
          const by = name(actors, c.actorId);
          const at = name(events, c.eventId);
          return (
            <li key={c.id}>
              {actions && editing === c.id ? (
                <FormCard title="Edit claim">
                  <ClaimForm
                    initial={claimValues(c)}
                    baseVersion={c.version}
                    actors={actors}
                    events={events}
                    save={(input, baseVersion) =>
                      actions.update(c.id, { baseVersion: baseVersion ?? c.version, claim: input })
                    }
                    onDone={() => setEditing(null)}
                    submitLabel="Save claim"
                  />
                </FormCard>
              ) : (
                <article
                  aria-labelledby={`claim-${c.id}`}
                  className={cx(
                    "rounded-lg border bg-white p-4 shadow-sm",
                    c.status === "REFUTED"
                      ? "border-red-300 border-l-4 border-l-red-600"
                      : "border-stone-200",
                  )}
                >
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <div className="min-w-0">
                      <p className="flex flex-wrap items-center gap-2">
                        <ClaimStatusBadge status={c.status} />
                        {by ? <span className="text-sm text-stone-600">by {by}</span> : null}
                      </p>
                      <h3
                        id={`claim-${c.id}`}
                        className={cx(
                          "mt-1 text-base font-semibold break-words",
                          c.status === "REFUTED" ? "text-red-900" : "text-stone-900",
                        )}
                      >
                        “{c.statement}”
                      </h3>
                      {at ? (
                        <p className="mt-0.5 text-sm">
                          <Link
                            href={`/postmortems/${postmortemId}/timeline#event-${c.eventId}`}
                            className={buttonClass.link}
                          >
                            {at}
                          </Link>
                        </p>
                      ) : null}
                    </div>
                    {actions ? (
                      <div className="flex shrink-0 gap-2">
                        <button
                          type="button"
                          className={cx(buttonClass.secondary, "px-2.5 py-1 text-xs")}
                          aria-label={`Edit claim “${c.statement}”`}
                          onClick={() => setEditing(c.id)}
                        >
                          Edit
                        </button>
                        <ConfirmDelete
                          what={`Delete claim “${c.statement}”`}
                          title="Delete this claim?"
                          onDelete={() => actions.remove(c.id, { baseVersion: c.version })}
                        >
                          <p>“{c.statement}” and its evidence are removed.</p>
                        </ConfirmDelete>
                      </div>
                    ) : null}
                  </div>
                  {c.evidence ? (
                    <div className="mt-2 text-sm">
                      <p className="text-xs font-semibold tracking-wide text-stone-500 uppercase">Evidence</p>
                      <Markdown>{c.evidence}</Markdown>
                    </div>
                  ) : null}
                </article>
              )}
            </li>
          );
        })}
      </ul>
    </EntityListSection>
  );
}
