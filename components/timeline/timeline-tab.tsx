"use client";
import Link from "next/link";
import {
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  useTransition,
} from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClass, cx, inputClass } from "@/components/ui/styles";
import { VisualTimeline } from "@/components/timeline/visual-timeline";
import {
  countLabel,
  filterEvents,
  filtersShowing,
  mergeEvents,
  noFilters,
  previousEvent,
  type EventFilters,
} from "@/lib/timeline/event-list";
import {
  eventTypeLabels,
  eventTypes,
  type EventType,
  type MilestoneTimes,
  type TimelineActor,
  type TimelineEventView,
} from "@/lib/timeline/types";
import {
  createEventAction,
  deleteEventAction,
  restoreEventAction,
  setEventFlagsAction,
  setMilestoneAction,
  updateEventAction,
} from "@/server/timeline/actions";
import { callAction } from "@/components/actions/call-action";
import { ConflictPanel, type Conflict } from "./event-conflict-panel";
import { EventForm, emptyForm, formFromEvent } from "./event-form";
import { EventRow, type RowCallbacks } from "./event-row";
import { MilestonesPanel } from "./milestones-panel";

const UNDO_MS = 10_000;
/** Rows rendered on the server and in the first client render. */
const FIRST_ROWS = 200;

const noSubscription = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const noZone = () => null;

type Toast = { message: string; undoId?: string; tone?: "error" };

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
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [editingId, setEditingId] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [highlightId, setHighlightId] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [toast, setToast] = useState<Toast | null>(null);
  const [lastEntered, setLastEntered] = useState<Date | null>(null);
  const [, startTransition] = useTransition();
  const toastTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const eventsRef = useRef(events);
  useEffect(() => {
    eventsRef.current = events;
  }, [events]);

  // The viewer's own zone exists only in the browser: null while rendering on
  // the server and hydrating, so the markup matches.
  const localZone = useSyncExternalStore(noSubscription, browserZone, noZone);

  const actorLabels = useMemo(
    () => new Map(actors.map((a) => [a.id, a.role ? `${a.name} (${a.role})` : a.name])),
    [actors],
  );
  const shown = useMemo(() => filterEvents(events, deferredFilters), [events, deferredFilters]);
  const actorsHref = `/postmortems/${postmortemId}/actors`;

  const showToast = useCallback((next: Toast | null) => {
    if (toastTimer.current) clearTimeout(toastTimer.current);
    setToast(next);
    if (next) toastTimer.current = setTimeout(() => setToast(null), UNDO_MS);
  }, []);

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

  // #event-<id> (from the visual timeline or a shared link): show it, scroll to it, highlight it.
  const scrollTarget = useRef<string | null>(null);
  useEffect(() => {
    const id = scrollTarget.current;
    const el = id ? document.getElementById(`event-${id}`) : null;
    if (!el) return; // not rendered yet (filters or the rest of the rows still coming)
    scrollTarget.current = null;
    el.scrollIntoView({ block: "center" });
    el.focus({ preventScroll: true });
  }, [visible, highlightId]);
  useEffect(() => {
    const jump = () => {
      const match = /^#event-(.+)$/.exec(window.location.hash);
      if (!match) return;
      const event = eventsRef.current.find((e) => e.id === match[1]);
      if (!event) return;
      scrollTarget.current = event.id;
      setAllRows(true);
      setFilters((f) => filtersShowing(event, f));
      setHighlightId(event.id);
    };
    jump();
    window.addEventListener("hashchange", jump);
    return () => window.removeEventListener("hashchange", jump);
  }, []);

  const callbacks: RowCallbacks = useMemo(
    () => ({
      onToggleDetails: (id) =>
        setExpanded((current) => {
          const next = new Set(current);
          if (next.has(id)) next.delete(id);
          else next.add(id);
          return next;
        }),
      onEdit: (id) => {
        setConflict(null);
        setEditingId(id);
      },
      onFlags: (id, flags) => {
        setBusyId(id);
        startTransition(async () => {
          const called = await callAction(() => setEventFlagsAction(postmortemId, id, flags));
          setBusyId(null);
          if (!called.ok) return showToast({ message: called.problem.message, tone: "error" });
          const result = called.value;
          if (result.status === "success") applyChange([result.event]);
          else showToast({ message: result.formError, tone: "error" });
        });
      },
      onDelete: (id) => {
        setBusyId(id);
        startTransition(async () => {
          const called = await callAction(() => deleteEventAction(postmortemId, id));
          setBusyId(null);
          if (!called.ok) return showToast({ message: called.problem.message, tone: "error" });
          const result = called.value;
          if (result.status !== "success") return showToast({ message: result.formError, tone: "error" });
          setEvents((current) =>
            mergeEvents(
              current.filter((e) => e.id !== id),
              result.changed,
            ),
          );
          setMilestones(result.milestones);
          setEditingId((current) => (current === id ? null : current));
          showToast({ message: "Event deleted.", undoId: id });
        });
      },
    }),
    [postmortemId, applyChange, showToast],
  );

  function undo(id: string) {
    startTransition(async () => {
      const called = await callAction(() => restoreEventAction(postmortemId, id));
      if (!called.ok) return showToast({ message: called.problem.message, tone: "error" });
      const result = called.value;
      if (result.status !== "success") return showToast({ message: result.formError, tone: "error" });
      applyChange([result.event, ...result.changed], result.milestones);
      showToast({ message: result.notice ?? "Event restored." });
    });
  }

  const last = events.at(-1);
  const entryReference =
    lastEntered ??
    (last ? new Date(last.occurredAt) : milestones.startedAt ? new Date(milestones.startedAt) : null);
  const editing = editingId ? events.find((e) => e.id === editingId) : undefined;
  const filtered = filters.actorId || filters.type || filters.pinnedOnly;

  const renderEditor = (event: TimelineEventView) => {
    const previous = previousEvent(events, event.id);
    return (
      <li key={event.id} id={`event-${event.id}`} className="border-b border-stone-200 p-2">
        {conflict ? (
          <ConflictPanel
            conflict={conflict}
            zone={zone}
            onKeepTheirs={() => {
              if (conflict.theirs) applyChange([conflict.theirs]);
              else setEvents((current) => current.filter((e) => e.id !== event.id));
              setConflict(null);
              setEditingId(null);
            }}
            onApplyMine={async () => {
              if (!conflict.theirs) return;
              const called = await callAction(() =>
                updateEventAction(postmortemId, event.id, {
                  baseVersion: conflict.theirs!.version,
                  fields: conflict.mine,
                }),
              );
              if (!called.ok) return setConflict({ ...conflict, message: called.problem.message });
              const result = called.value;
              if (result.status === "success") {
                applyChange([result.event, ...result.changed], result.milestones);
                setConflict(null);
                setEditingId(null);
              } else if (result.status === "conflict") {
                setConflict({ ...conflict, theirs: result.theirs, message: result.message });
              } else {
                setConflict({ ...conflict, message: result.formError });
              }
            }}
          />
        ) : (
          <EventForm
            mode="edit"
            initial={formFromEvent(event, zone)}
            zone={zone}
            actors={actors}
            reference={previous ? new Date(previous.occurredAt) : new Date(event.occurredAt)}
            actorsHref={actorsHref}
            autoFocus
            submit={(fields) =>
              updateEventAction(postmortemId, event.id, { baseVersion: event.version, fields })
            }
            onSaved={(result) => {
              applyChange([result.event, ...result.changed], result.milestones);
              setEditingId(null);
              requestAnimationFrame(() => document.getElementById(`event-${event.id}`)?.focus());
            }}
            onCancel={() => {
              setEditingId(null);
              requestAnimationFrame(() => document.getElementById(`event-${event.id}`)?.focus());
            }}
            onConflict={(theirs, mine, message) => setConflict({ theirs, mine, message })}
          />
        )}
      </li>
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
          <fieldset className="flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-3">
            <legend className="sr-only">Filter events</legend>
            <div className="space-y-1">
              <label htmlFor="filter-actor" className="block text-xs font-medium text-stone-700">
                Actor
              </label>
              <select
                id="filter-actor"
                value={filters.actorId}
                onChange={(e) => setFilters((f) => ({ ...f, actorId: e.target.value }))}
                className={cx(inputClass, "w-auto")}
              >
                <option value="">All actors</option>
                <option value="none">No actor</option>
                {actors.map((a) => (
                  <option key={a.id} value={a.id}>
                    {actorLabels.get(a.id)}
                  </option>
                ))}
              </select>
            </div>
            <div className="space-y-1">
              <label htmlFor="filter-type" className="block text-xs font-medium text-stone-700">
                Type
              </label>
              <select
                id="filter-type"
                value={filters.type}
                onChange={(e) => setFilters((f) => ({ ...f, type: e.target.value as EventType | "" }))}
                className={cx(inputClass, "w-auto")}
              >
                <option value="">All types</option>
                {eventTypes.map((t) => (
                  <option key={t} value={t}>
                    {eventTypeLabels[t]}
                  </option>
                ))}
              </select>
            </div>
            <label className="flex items-center gap-2 pb-2 text-sm text-stone-800">
              <input
                type="checkbox"
                checked={filters.pinnedOnly}
                onChange={(e) => setFilters((f) => ({ ...f, pinnedOnly: e.target.checked }))}
                className="h-4 w-4 rounded border-stone-400"
              />
              Pinned only
            </label>
            <label className="flex items-center gap-2 pb-2 text-sm text-stone-800">
              <input
                type="checkbox"
                checked={filters.showHidden}
                onChange={(e) => setFilters((f) => ({ ...f, showHidden: e.target.checked }))}
                className="h-4 w-4 rounded border-stone-400"
              />
              Show hidden
            </label>
            {filtered ? (
              <button
                type="button"
                className="pb-2 text-sm font-medium text-stone-700 underline-offset-2 hover:underline"
                onClick={() => setFilters((f) => ({ ...noFilters, showHidden: f.showHidden }))}
              >
                Clear filters
              </button>
            ) : null}
          </fieldset>
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
          <div className="overflow-hidden rounded-lg border border-stone-200 bg-white">
            <div
              aria-hidden="true"
              className="hidden gap-x-3 border-b border-stone-200 bg-stone-50 px-3 py-2 text-xs font-semibold uppercase tracking-wide text-stone-500 sm:grid sm:grid-cols-[9.5rem_6.5rem_9rem_minmax(0,1fr)_auto]"
            >
              <span>Time ({zone})</span>
              <span>Type</span>
              <span>Actor</span>
              <span>What happened</span>
              <span className="text-right">Actions</span>
            </div>
            {shown.length === 0 ? (
              <p className="px-3 py-6 text-center text-sm text-stone-600">
                No events match these filters.{" "}
                <button
                  type="button"
                  className={buttonClass.link}
                  onClick={() => setFilters((f) => ({ ...noFilters, showHidden: f.showHidden }))}
                >
                  Clear filters
                </button>
              </p>
            ) : null}
            <ol aria-label="Timeline events" className="timeline-rows">
              {visible.map((event) =>
                editing && event.id === editing.id ? (
                  renderEditor(event)
                ) : (
                  <EventRow
                    key={event.id}
                    event={event}
                    actorLabel={event.actorId ? (actorLabels.get(event.actorId) ?? null) : null}
                    zone={zone}
                    localZone={localZone}
                    canEdit={canEdit}
                    expanded={expanded.has(event.id)}
                    highlighted={highlightId === event.id}
                    busy={busyId === event.id}
                    callbacks={callbacks}
                  />
                ),
              )}
            </ol>
            {visible.length < shown.length ? (
              <p role="status" className="px-3 py-4 text-center text-sm text-stone-600">
                Loading {shown.length - visible.length} more events…
              </p>
            ) : null}
          </div>
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

      <div
        role="status"
        aria-live="polite"
        className="pointer-events-none fixed inset-x-0 bottom-4 z-20 flex justify-center px-4"
      >
        {toast ? (
          <div
            className={cx(
              "pointer-events-auto flex items-center gap-3 rounded-lg px-4 py-3 text-sm shadow-lg",
              toast.tone === "error" ? "bg-red-700 text-white" : "bg-stone-900 text-white",
            )}
          >
            <span>{toast.message}</span>
            {toast.undoId ? (
              <button
                type="button"
                className="rounded-md bg-white px-3 py-1 text-sm font-semibold text-stone-900 hover:bg-stone-200"
                onClick={() => {
                  const id = toast.undoId!;
                  showToast(null);
                  undo(id);
                }}
              >
                Undo
              </button>
            ) : null}
            <button
              type="button"
              aria-label="Dismiss"
              className="rounded px-1 text-stone-300 hover:text-white"
              onClick={() => showToast(null)}
            >
              ×
            </button>
          </div>
        ) : null}
      </div>
    </div>
  );
}
