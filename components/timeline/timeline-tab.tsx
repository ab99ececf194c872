"use client";
import Link from "next/link";
import { useCallback, useDeferredValue, useMemo, useState, useSyncExternalStore, useTransition } from "react";
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
import { unpackEvent, type PackedEvent } from "@/lib/timeline/packed-events";
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
import { EditorLoading, RestStatus } from "./rest-status";
import { useFullEvent } from "./use-full-event";
import { useRestOfTimeline } from "./use-rest-of-timeline";
import { useRowActions } from "./use-row-actions";
import { useToast } from "./use-toast";

const noSubscription = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const noZone = () => null;

/**
 * The timeline tab: visual timeline, milestones with durations, filters, the
 * event rows and the entry row. Saves update this state from each action's
 * result (no full re-fetch), so adding the 2,001st event costs one row.
 * The page sends the first events only (FIRST_WINDOW in the page); the rest
 * load after hydration (useRestOfTimeline), with a visible loading state.
 */
export function TimelineTab({
  postmortemId,
  zone,
  initialEvents,
  total,
  latestAt,
  actors,
  initialMilestones,
  canEdit,
}: {
  postmortemId: string;
  zone: string;
  /** The first events in time order (all of them when `total` is their number). */
  initialEvents: PackedEvent[];
  /** How many events the timeline has, loaded or not. */
  total: number;
  /** The last event's time (ISO), loaded or not. */
  latestAt: string | null;
  actors: TimelineActor[];
  initialMilestones: MilestoneTimes;
  canEdit: boolean;
}) {
  const [events, setEvents] = useState(() => initialEvents.map(unpackEvent));
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

  const lastSent = initialEvents.at(-1);
  const rest = useRestOfTimeline({
    postmortemId,
    initialCursor:
      lastSent && total > initialEvents.length ? { at: lastSent.occurredAt, id: lastSent.id } : null,
    initialRemaining: total - initialEvents.length,
    setEvents,
  });
  const loading = rest.remaining > 0;

  const highlightId = useEventHashJump({ events, shown, setFilters });

  const loadFull = useFullEvent({ postmortemId, events, setEvents, showToast });
  const { callbacks, expanded, busyId, undo } = useRowActions({
    postmortemId,
    startTransition,
    applyChange,
    showToast,
    setEvents,
    setMilestones,
    setEditingId,
    setConflict,
    loadFull,
  });

  // While the rest loads, the last event is the page's latestAt.
  const last = loading ? latestAt : events.at(-1)?.occurredAt;
  const entryReference =
    lastEntered ?? (last ? new Date(last) : milestones.startedAt ? new Date(milestones.startedAt) : null);
  const editing = editingId ? events.find((e) => e.id === editingId) : undefined;

  const renderEditor = (event: TimelineEventView) => {
    // Never edit a partial event: its details are empty until loaded.
    if (event.partial) return <EditorLoading key={event.id} onCancel={() => setEditingId(null)} />;
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
      <RestStatus remaining={rest.remaining} failed={rest.failed} retry={rest.retry} />
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
              {countLabel(shown.length, events.length + rest.remaining)}
            </p>
          </div>
          {canEdit ? (
            <Link href={`/postmortems/${postmortemId}/timeline/import`} className={buttonClass.secondary}>
              Import events
            </Link>
          ) : null}
        </div>

        {events.length > 0 || loading ? (
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
            pending={rest.remaining}
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
