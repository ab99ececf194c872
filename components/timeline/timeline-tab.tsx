"use client";
import Link from "next/link";
import {
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  useTransition,
} from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClass } from "@/components/ui/styles";
import { VisualTimeline } from "@/components/timeline/visual-timeline";
import {
  clearedFilters,
  countLabel,
  filterEvents,
  mergeEvents,
  noFilters,
  previousEvent,
  type EventFilters,
} from "@/lib/timeline/event-list";
import type { MilestoneTimes, TimelineActor, TimelineEventView } from "@/lib/timeline/types";
import { createEventAction, setMilestoneAction } from "@/server/timeline/actions";
import type { Conflict } from "./event-conflict-panel";
import { EventEditor } from "./event-editor";
import { EventFilterBar } from "./event-filter-bar";
import { EventForm, emptyForm } from "./event-form";
import { EventTable } from "./event-table";
import { MilestonesPanel } from "./milestones-panel";
import { UndoToast } from "./undo-toast";
import { useEventHashJump } from "./use-event-hash-jump";
import { useRowActions } from "./use-row-actions";
import { useToast } from "./use-toast";

/** Rows rendered on the server and in the first client render. */
const FIRST_ROWS = 200;

const noSubscription = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const noZone = () => null;

/**
 * The timeline tab: visual timeline, milestones with durations, filters, the
 * event rows and the entry row. Saves update this state from each action's
 * result (no full re-fetch), so adding the 2,001st event costs one row.
 */
export function TimelineTab({
  postmortemId,
  zone,
  initialEvents,
  actors,
  initialMilestones,
  canEdit,
}: {
  postmortemId: string;
  zone: string;
  initialEvents: TimelineEventView[];
  actors: TimelineActor[];
  initialMilestones: MilestoneTimes;
  canEdit: boolean;
}) {
  const [events, setEvents] = useState(initialEvents);
  const [milestones, setMilestones] = useState(initialMilestones);
  const [filters, setFilters] = useState<EventFilters>(noFilters);
  const deferredFilters = useDeferredValue(filters);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [lastEntered, setLastEntered] = useState<Date | null>(null);
  const [, startTransition] = useTransition();
  const { toast, showToast } = useToast();

  // The viewer's own zone exists only in the browser: null while rendering on
  // the server and hydrating, so the markup matches.
  const localZone = useSyncExternalStore(noSubscription, browserZone, noZone);

  const actorLabels = useMemo(
    () => new Map(actors.map((a) => [a.id, a.role ? `${a.name} (${a.role})` : a.name])),
    [actors],
  );
  const shown = useMemo(() => filterEvents(events, deferredFilters), [events, deferredFilters]);
  const actorsHref = `/postmortems/${postmortemId}/actors`;

  const applyChange = useCallback((saved: TimelineEventView[], nextMilestones?: MilestoneTimes) => {
    setEvents((current) => mergeEvents(current, saved));
    if (nextMilestones) setMilestones(nextMilestones);
  }, []);

  // Server-render and hydrate the first rows only, then the rest in a
  // non-blocking transition: the tab is usable at once with 2,000 events.
  const [allRows, setAllRows] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => startTransition(() => setAllRows(true)), 0);
    return () => clearTimeout(timer);
  }, []);
  const visible = allRows || shown.length <= FIRST_ROWS ? shown : shown.slice(0, FIRST_ROWS);

  const highlightId = useEventHashJump({ events, visible, setFilters, setAllRows });

  const { callbacks, expanded, busyId, undo } = useRowActions({
    postmortemId,
    startTransition,
    applyChange,
    showToast,
    setEvents,
    setMilestones,
    setEditingId,
    setConflict,
  });

  const last = events.at(-1);
  const entryReference =
    lastEntered ??
    (last ? new Date(last.occurredAt) : milestones.startedAt ? new Date(milestones.startedAt) : null);
  const editing = editingId ? events.find((e) => e.id === editingId) : undefined;

  const renderEditor = (event: TimelineEventView) => {
    const previous = previousEvent(events, event.id);
    return (
      <EventEditor
        key={event.id}
        event={event}
        reference={previous ? new Date(previous.occurredAt) : new Date(event.occurredAt)}
        postmortemId={postmortemId}
        zone={zone}
        actors={actors}
        actorsHref={actorsHref}
        conflict={conflict}
        setConflict={setConflict}
        applyChange={applyChange}
        onRemoved={(id) => setEvents((current) => current.filter((e) => e.id !== id))}
        onClose={() => setEditingId(null)}
      />
    );
  };

  return (
    <div className="space-y-6">
      <VisualTimeline events={events} actors={actors} milestones={milestones} timeZone={zone} />

      <MilestonesPanel
        milestones={milestones}
        zone={zone}
        canEdit={canEdit}
        save={(input) => setMilestoneAction(postmortemId, input)}
        onSaved={(result) => applyChange(result.changed, result.milestones)}
      />

      <section aria-labelledby="events-heading" className="space-y-3">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div>
            <h2 id="events-heading" className="text-base font-semibold text-stone-900">
              Events
            </h2>
            <p className="text-sm text-stone-600" aria-live="polite" data-testid="event-count">
              {countLabel(shown.length, events.length)}
            </p>
          </div>
          {canEdit ? (
            <Link href={`/postmortems/${postmortemId}/timeline/import`} className={buttonClass.secondary}>
              Import events
            </Link>
          ) : null}
        </div>

        {events.length > 0 ? (
          <EventFilterBar
            filters={filters}
            setFilters={setFilters}
            actors={actors}
            actorLabels={actorLabels}
          />
        ) : (
          <EmptyState title="No events yet">
            {canEdit ? (
              <>
                Type the first event in the row below: a full time such as{" "}
                <code className="font-mono">2026-11-20 14:05</code> (incident time, {zone}), then Tab to the
                type, actor and description and press Enter. For the next one,{" "}
                <code className="font-mono">+5m</code> means five minutes later. You can also import a CSV,
                Slack export or agent log.
              </>
            ) : (
              <>Nothing has been recorded on this timeline yet. Writers of the team can add events.</>
            )}
          </EmptyState>
        )}

        {events.length > 0 ? (
          <EventTable
            zone={zone}
            localZone={localZone}
            shown={shown}
            visible={visible}
            actorLabels={actorLabels}
            canEdit={canEdit}
            expanded={expanded}
            highlightId={highlightId}
            busyId={busyId}
            callbacks={callbacks}
            editingId={editing?.id}
            renderEditor={renderEditor}
            onClearFilters={() => setFilters(clearedFilters)}
          />
        ) : null}

        {canEdit ? (
          <EventForm
            mode="entry"
            initial={emptyForm}
            zone={zone}
            actors={actors}
            reference={entryReference}
            actorsHref={actorsHref}
            submit={(fields, idempotencyKey) =>
              createEventAction(postmortemId, { ...fields, idempotencyKey })
            }
            onSaved={(result, at) => {
              applyChange([result.event, ...result.changed], result.milestones);
              setLastEntered(at);
            }}
          />
        ) : null}
      </section>

      <UndoToast
        toast={toast}
        onUndo={(id) => {
          showToast(null);
          undo(id);
        }}
        onDismiss={() => showToast(null)}
      />
    </div>
  );
}
