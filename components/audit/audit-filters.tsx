import Link from "next/link";
import { buttonClass, inputClass } from "@/components/ui/styles";
import { auditActionGroups, auditEntityTypes, entityLabel } from "@/lib/audit-log";
import type { AuditQuery } from "@/lib/schemas/audit";

type Option = { id: string; name: string };

function Select({
  name,
  label,
  value,
  options,
  any,
}: {
  name: string;
  label: string;
  value: string | undefined;
  options: { value: string; label: string }[];
  any: string;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={`audit-${name}`} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      <select id={`audit-${name}`} name={name} defaultValue={value ?? ""} className={inputClass}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The filters, as a plain GET form: works without JavaScript, and the URL is shareable. */
export function AuditFilters({
  query,
  teams,
  people,
}: {
  query: AuditQuery;
  teams: Option[];
  people: Option[];
}) {
  const filtered = Object.entries(query).some(([k, v]) => v && k !== "older" && k !== "newer");
  return (
    <form
      method="get"
      action="/audit"
      aria-label="Filter the audit log"
      className="mb-6 grid grid-cols-2 gap-3 rounded-lg border border-stone-200 bg-white p-4 lg:grid-cols-4"
    >
      <Select
        name="team"
        label="Team"
        value={query.team}
        any="All teams"
        options={teams.map((t) => ({ value: t.id, label: t.name }))}
      />
      <Select
        name="actor"
        label="Person"
        value={query.actor}
        any="Everyone"
        options={people.map((p) => ({ value: p.id, label: p.name }))}
      />
      <Select
        name="action"
        label="Action"
        value={query.action}
        any="All actions"
        options={Object.entries(auditActionGroups).map(([value, label]) => ({ value, label }))}
      />
      <Select
        name="entity"
        label="Kind of thing"
        value={query.entity}
        any="Everything"
        options={auditEntityTypes.map((t) => {
          const label = entityLabel(t);
          return { value: t, label: label.charAt(0).toUpperCase() + label.slice(1) };
        })}
      />
      <div className="space-y-1">
        <label htmlFor="audit-from" className="block text-sm font-medium text-stone-800">
          From (UTC)
        </label>
        <input
          id="audit-from"
          type="date"
          name="from"
          defaultValue={query.from ?? ""}
          className={inputClass}
        />
      </div>
      <div className="space-y-1">
        <label htmlFor="audit-to" className="block text-sm font-medium text-stone-800">
          To (UTC)
        </label>
        <input id="audit-to" type="date" name="to" defaultValue={query.to ?? ""} className={inputClass} />
      </div>
      <div className="col-span-2 flex items-end gap-2">
        <button type="submit" className={buttonClass.primary}>
          Filter
        </button>
        {filtered ? (
          <Link href="/audit" className={buttonClass.secondary}>
            Clear filters
          </Link>
        ) : null}
      </div>
    </form>
  );
}
