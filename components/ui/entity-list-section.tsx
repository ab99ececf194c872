"use client";
import { useState, type ReactNode } from "react";
import { EmptyState } from "./empty-state";
import { buttonClass } from "./styles";

/** A form in a card, headed by what it does ("New claim", "Edit Code freeze"). */
export function FormCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="rounded-lg border border-stone-300 bg-white p-4 shadow-sm">
      <h3 className="mb-3 text-base font-semibold text-stone-900">{title}</h3>
      {children}
    </div>
  );
}

/**
 * A section listing records with an Add button for writers: the heading, the
 * new-record form while adding, then the empty state or the list.
 */
export function EntityListSection({
  headingId,
  heading,
  count,
  addLabel,
  newTitle,
  renderNewForm,
  empty,
  children,
}: {
  headingId: string;
  heading: ReactNode;
  count: number;
  addLabel: string;
  newTitle: string;
  /** The form for a new record, closed with `close`; null for readers. */
  renderNewForm: ((close: () => void) => ReactNode) | null;
  empty: { title: string; addLabel: string; text: string };
  children: ReactNode;
}) {
  const [adding, setAdding] = useState(false);
  const add = (label: string) => (
    <button type="button" className={buttonClass.primary} onClick={() => setAdding(true)}>
      {label}
    </button>
  );

  return (
    <section aria-labelledby={headingId} className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold text-stone-900">
          {heading}
        </h2>
        {renderNewForm && !adding ? add(addLabel) : null}
      </div>

      {renderNewForm && adding ? (
        <FormCard title={newTitle}>{renderNewForm(() => setAdding(false))}</FormCard>
      ) : null}

      {count === 0 && !adding ? (
        <EmptyState title={empty.title} action={renderNewForm ? add(empty.addLabel) : undefined}>
          {empty.text}
        </EmptyState>
      ) : (
        children
      )}
    </section>
  );
}
