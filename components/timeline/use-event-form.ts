"use client";
import { useEffect, useRef, useState } from "react";
import { useServerAction } from "@/components/actions/use-server-action";
import type { FieldErrors } from "@/lib/action-result";
import type { EventFieldsInput, EventResult, UpdateEventResult } from "@/lib/schemas/timeline";
import type { TimelineEventView } from "@/lib/timeline/types";
import {
  emptyForm,
  hasDetailError,
  parseStart,
  toEventInput,
  type EventFormValues,
  type SetFormValue,
} from "./event-form-values";

/** Sends the event; `idempotencyKey` belongs to this attempt (a create passes it on). */
export type Submit = (
  input: EventFieldsInput,
  idempotencyKey: string,
) => Promise<EventResult | UpdateEventResult>;

export type EventFormOptions = {
  mode: "entry" | "edit";
  initial: EventFormValues;
  zone: string;
  /** What "+5m" and "14:05" count from. */
  reference: Date | null;
  submit: Submit;
  onSaved: (result: Extract<EventResult, { status: "success" }>, occurredAt: Date) => void;
  onCancel?: () => void;
  onConflict?: (theirs: TimelineEventView | null, mine: EventFieldsInput, message: string) => void;
  autoFocus?: boolean;
};

/** The event form's state: values, errors, the details disclosure, validation and saving. */
export function useEventForm({
  mode,
  initial,
  zone,
  reference,
  submit,
  onSaved,
  onCancel,
  onConflict,
  autoFocus,
}: EventFormOptions) {
  const [values, setValues] = useState<EventFormValues>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [detailsOpen, setDetailsOpen] = useState(mode === "edit");
  const send = useServerAction<EventResult | UpdateEventResult>();
  const pending = send.pending;
  const timeRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // The row the user just asked to edit: start in its time field.
    if (autoFocus) timeRef.current?.focus();
  }, [autoFocus]);
  const set: SetFormValue = (key, value) => setValues((v) => ({ ...v, [key]: value }));

  const start = parseStart(values.time, zone, reference);
  const startAt = start?.ok ? start.at : null;

  function clear() {
    send.clearProblem();
    setValues(emptyForm);
    setErrors({});
    setFormError(null);
    setDetailsOpen(false);
    timeRef.current?.focus();
  }

  function buildInput(): EventFieldsInput | null {
    const built = toEventInput(values, start, zone);
    if (built.ok) return built.input;
    setErrors(built.fieldErrors);
    setFormError("Please correct the highlighted fields.");
    return null;
  }

  function save(input: EventFieldsInput) {
    send.run({ input, call: (key) => submit(input, key), onResult: (result) => answered(input, result) });
  }

  function answered(input: EventFieldsInput, result: EventResult | UpdateEventResult) {
    if (result.status === "success") {
      setErrors({});
      setFormError(null);
      onSaved(result, new Date(input.occurredAt));
      if (mode === "entry") clear();
      return;
    }
    if (result.status === "conflict") {
      onConflict?.(result.theirs, input, result.message);
      return;
    }
    setErrors(result.fieldErrors ?? {});
    setFormError(result.formError);
    if (hasDetailError(result.fieldErrors ?? {})) setDetailsOpen(true);
  }

  function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    if (pending) return;
    const input = buildInput();
    if (input) save(input);
  }

  function onKeyDown(event: React.KeyboardEvent) {
    if (event.key === "Escape") {
      event.preventDefault();
      if (mode === "entry") clear();
      else onCancel?.();
    }
  }

  return {
    values,
    set,
    errors,
    formError,
    detailsOpen,
    toggleDetails: () => setDetailsOpen((o) => !o),
    problem: send.problem,
    retry: send.retry,
    pending,
    timeRef,
    startAt,
    onSubmit,
    onKeyDown,
  };
}
