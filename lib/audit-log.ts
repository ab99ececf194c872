// How the audit log page reads its rows: actions as words, and before/after
// as a short list of what changed (long text by its length only). Pure;
// unit-tested in audit-log.test.ts.

/** Action categories the page filters by (the part of `action` before the dot). */
export const auditActionGroups = {
  denied: "Refused requests",
  postmortem: "Postmortems",
  section: "Sections",
  timeline_event: "Timeline events",
  timeline: "Imports",
  actor: "Actors",
  claim: "Claims",
  guardrail: "Guardrails",
  flag: "Blameless flags",
  team: "Teams",
  membership: "Members",
  invite: "Invites",
  template: "Templates",
  user: "Users",
  sso: "Single sign-on",
} as const;
export type AuditActionGroup = keyof typeof auditActionGroups;

/** Kinds of thing the page filters by. */
export const auditEntityTypes = [
  "Postmortem",
  "Section",
  "TimelineEvent",
  "ImportBatch",
  "Actor",
  "Claim",
  "Guardrail",
  "BlamelessFlagDismissal",
  "Team",
  "Membership",
  "Invite",
  "Template",
  "User",
  "Site",
] as const;

const entityLabels: Record<string, string> = {
  TimelineEvent: "timeline event",
  ImportBatch: "import",
  BlamelessFlagDismissal: "flag dismissal",
};

export function entityLabel(entityType: string): string {
  return entityLabels[entityType] ?? entityType.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}

const verbs: Record<string, string> = {
  created: "created",
  updated: "edited",
  deleted: "deleted",
  removed: "removed",
  added: "added",
  moved: "moved",
  restored: "restored",
  curated: "pinned or hid",
  header_updated: "edited the header of",
  status_changed: "changed the status of",
  reopened: "reopened for correction",
  owner_changed: "changed the owner of",
  revision_restored: "restored a revision of",
  milestone_set: "set a milestone of",
  imported: "imported events into",
  import_undone: "undid an import into",
  dismissed: "dismissed a flag in",
  role_changed: "changed the role of",
  accepted: "accepted",
  revoked: "revoked",
  archived: "archived",
  signed_up: "signed up as",
  password_changed: "changed the password of",
  deactivated: "deactivated",
  reactivated: "reactivated",
  linked: "linked",
};

/** "edited", "was refused (edit)", ...: the verb of a row's sentence. */
export function describeAction(action: string): string {
  const [group, rest = ""] = action.split(/\.(.*)/s);
  if (group === "denied") return `was refused: ${rest.replace(/_/g, " ") || "access"}`;
  return verbs[rest] ?? rest.replace(/_/g, " ") ?? action;
}

const SHORT = 60;

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "string") {
    const line = value.replace(/\s+/g, " ").trim();
    if (value.length > SHORT || value.includes("\n"))
      return `${value.length.toLocaleString("en")} characters`;
    return `“${line}”`;
  }
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `${value.length} item${value.length === 1 ? "" : "s"}`;
  return "…";
}

const isRecord = (v: unknown) => typeof v === "object" && v !== null && !Array.isArray(v);
const isEmpty = (v: unknown) =>
  v === null || v === undefined || v === "" || v === false || (Array.isArray(v) && v.length === 0);

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

export type ChangeLine = { field: string; before: string | null; after: string | null };

/**
 * What changed, one line per field (at most `limit`): "title: “A” → “B”",
 * long text as its length. Fields equal on both sides are left out.
 */
export function summariseChange(
  before: unknown,
  after: unknown,
  limit = 6,
): { lines: ChangeLine[]; more: number } {
  const b = record(before);
  const a = record(after);
  const hasBefore = before != null;
  const hasAfter = after != null;
  const oneSided = !hasBefore || !hasAfter;
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) =>
    oneSided
      ? // A creation or removal: what it held, without ids, versions, nested records and empty values.
        !/^(id|version)$|Id$/.test(k) && !isEmpty(hasAfter ? a[k] : b[k]) && !isRecord(hasAfter ? a[k] : b[k])
      : JSON.stringify(b[k]) !== JSON.stringify(a[k]),
  );
  const lines = fields.map((field) => ({
    field,
    before: hasBefore ? show(b[field]) : null,
    after: hasAfter ? show(a[field]) : null,
  }));
  return { lines: lines.slice(0, limit), more: Math.max(0, lines.length - limit) };
}
