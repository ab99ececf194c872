"use client";
import { useEffect, useState } from "react";
import { useServerAction } from "@/components/actions/use-server-action";
import { SeverityBadge, StatusBadge } from "@/components/ui/badges";
import { buttonClass, inputClass } from "@/components/ui/styles";
import { idle } from "@/lib/action-result";
import { IDEMPOTENCY_FIELD } from "@/lib/idempotency";
import type { HeaderValues, SectionSummary } from "@/lib/schemas/editing";
import type { SeverityInfo } from "@/lib/severity";
import { SeverityNote } from "@/components/postmortems/severity-note";
import type {
  addSectionAction,
  heartbeatAction,
  saveHeaderAction,
} from "@/server/postmortems/editing/actions";
import { HeaderForm } from "./header-form";
import { SectionEditor, type SectionActions } from "./section-editor";

export type EditorActions = SectionActions & {
  saveHeader: typeof saveHeaderAction;
  addSection: typeof addSectionAction;
  heartbeat: typeof heartbeatAction;
};

const HEARTBEAT_MS = 20_000;

/** The editable postmortem, for its team's writers while the status allows edits. */
export function PostmortemEditor({
  postmortem: p,
  header,
  owners,
  severity,
  actions,
}: {
  postmortem: {
    id: string;
    number: number;
    status: string;
    version: number;
    team: { name: string };
    sections: SectionSummary[];
  };
  header: HeaderValues;
  owners: { id: string; name: string }[];
  /** The stored level on the organisation's scale, and the options the form offers. */
  severity: { info: SeverityInfo; note: string | null; options: { value: string; label: string }[] };
  actions: EditorActions;
}) {
  return (
    <article className="space-y-6">
      <header className="space-y-2">
        <div className="flex flex-wrap items-center gap-2">
          <SeverityBadge severity={severity.info} />
          <StatusBadge status={p.status} />
          <span className="text-sm text-stone-600">
            INC-{p.number} · {p.team.name} · Editing
          </span>
        </div>
        <h1 className="break-words text-2xl font-semibold tracking-tight sm:text-3xl">{header.title}</h1>
        <SeverityNote severity={severity.info} note={severity.note} />
        <Presence postmortemId={p.id} heartbeat={actions.heartbeat} />
        <p className="text-xs text-stone-600">
          Changes save automatically about a second after you stop typing (Ctrl/⌘+S saves at once).
        </p>
      </header>

      <HeaderForm
        postmortemId={p.id}
        initial={header}
        version={p.version}
        owners={owners}
        severities={severity.options}
        save={actions.saveHeader}
      />

      <div className="space-y-6">
        {p.sections.map((s, i) => (
          <SectionEditor
            key={s.id}
            postmortemId={p.id}
            section={s}
            actions={actions}
            isFirst={i === 0}
            isLast={i === p.sections.length - 1}
          />
        ))}
      </div>

      <AddSection postmortemId={p.id} add={actions.addSection} />
    </article>
  );
}

function AddSection({ postmortemId, add }: { postmortemId: string; add: EditorActions["addSection"] }) {
  const {
    state,
    formAction: submit,
    pending,
  } = useServerAction(async (_prev, formData) => {
    const title = String(formData.get("title") ?? "");
    const result = await add(postmortemId, { title, idempotencyKey: formData.get(IDEMPOTENCY_FIELD) });
    return result.status === "success"
      ? idle
      : { status: "error", formError: result.formError, values: { title } };
  });
  const title = state.values?.title;
  return (
    <form action={submit} className="rounded-lg border border-dashed border-stone-300 p-4">
      <label htmlFor="new-section-title" className="block text-sm font-medium text-stone-800">
        New section title
      </label>
      <div className="mt-1 flex flex-wrap gap-2">
        <input
          id="new-section-title"
          name="title"
          required
          maxLength={200}
          defaultValue={title ?? ""}
          key={title ?? "empty"}
          aria-invalid={state.formError ? true : undefined}
          aria-describedby="new-section-error"
          className={inputClass + " max-w-md grow"}
        />
        <button type="submit" className={buttonClass.secondary} disabled={pending}>
          Add section
        </button>
      </div>
      <p id="new-section-error" aria-live="polite" className="mt-1 text-sm text-red-700">
        {state.formError}
      </p>
    </form>
  );
}

function Presence({
  postmortemId,
  heartbeat,
}: {
  postmortemId: string;
  heartbeat: EditorActions["heartbeat"];
}) {
  const [others, setOthers] = useState<string[]>([]);
  useEffect(() => {
    let stopped = false;
    const beat = async () => {
      if (document.visibilityState !== "visible") return;
      try {
        const result = await heartbeat(postmortemId);
        if (!stopped && result.status === "success") setOthers(result.others);
      } catch {
        // Offline: keep the last list; the next beat tries again.
      }
    };
    void beat();
    const timer = setInterval(() => void beat(), HEARTBEAT_MS);
    const onVisible = () => void beat();
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      stopped = true;
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [postmortemId, heartbeat]);
  return (
    <p aria-live="polite" className="text-sm text-stone-600">
      {others.length > 0 ? `Also here: ${others.join(", ")}` : ""}
    </p>
  );
}
