// The registry published-read-only.test.ts walks: every exported function of
// every module that writes a postmortem's content, with either a call that
// changes a published postmortem (which must be refused) or the reason it is
// not such a change. Add each new export here; the test fails until you do.
import { actorInputSchema } from "@/lib/schemas/actors";
import { claimInputSchema } from "@/lib/schemas/claims";
import { guardrailInputSchema } from "@/lib/schemas/guardrails";
import { eventFieldsSchema } from "@/lib/schemas/timeline";
import * as actors from "@/server/actors/mutations";
import type { Actor } from "@/server/auth/actor";
import * as claims from "@/server/claims/mutations";
import * as guardrails from "@/server/guardrails/mutations";
import * as imports from "@/server/imports/mutations";
import * as editing from "@/server/postmortems/editing/mutations";
import * as flags from "@/server/postmortems/flags/mutations";
import * as workflow from "@/server/postmortems/workflow/mutations";
import * as timeline from "@/server/timeline/mutations";
import type { PublishedFixture } from "./published-read-only.test";

type Call = (actor: Actor, f: PublishedFixture) => Promise<unknown>;
type Entry = { call: Call } | { exempt: string };

const HELPER = "a helper that runs inside the caller's transaction, after the caller's guard";
const READ = "reads only";
const ERROR = "an error class";

const event = () =>
  eventFieldsSchema.parse({ occurredAt: "2026-11-20T13:30:00Z", type: "ACTION", description: "y" });
const automation = () => actorInputSchema.parse({ kind: "AUTOMATION", name: "Autoscaler" });
const claim = () => claimInputSchema.parse({ statement: "Changed", status: "REFUTED" });
const guardrail = () =>
  guardrailInputSchema.parse({ name: "Freeze", kind: "Change freeze", state: "WORKED" });

/** Module (path from the repository root) → export → what it is. */
export const modules: Record<string, Record<string, Entry>> = {
  "server/actors/access.ts": {
    touchPostmortem: { exempt: HELPER },
    recordChange: { exempt: HELPER },
  },
  "server/actors/mutations.ts": {
    ActorConflictError: { exempt: ERROR },
    createActor: { call: (a, f) => actors.createActor(a, f.postmortemId, automation()) },
    updateActor: {
      call: (a, f) => actors.updateActor(a, f.postmortemId, f.actorId, f.actorVersion, automation()),
    },
    deleteActor: { call: (a, f) => actors.deleteActor(a, f.postmortemId, f.actorId, f.actorVersion) },
  },
  "server/claims/mutations.ts": {
    ClaimConflictError: { exempt: ERROR },
    createClaim: { call: (a, f) => claims.createClaim(a, f.postmortemId, claim()) },
    updateClaim: { call: (a, f) => claims.updateClaim(a, f.postmortemId, f.claimId, 1, claim()) },
    deleteClaim: { call: (a, f) => claims.deleteClaim(a, f.postmortemId, f.claimId, 1) },
  },
  "server/guardrails/mutations.ts": {
    GuardrailConflictError: { exempt: ERROR },
    checkEventIds: { exempt: HELPER },
    createGuardrail: { call: (a, f) => guardrails.createGuardrail(a, f.postmortemId, guardrail()) },
    updateGuardrail: {
      call: (a, f) => guardrails.updateGuardrail(a, f.postmortemId, f.guardrailId, 1, guardrail()),
    },
    deleteGuardrail: { call: (a, f) => guardrails.deleteGuardrail(a, f.postmortemId, f.guardrailId, 1) },
  },
  "server/imports/insert-events.ts": { insertEvents: { exempt: HELPER } },
  "server/imports/mutations.ts": {
    confirmImport: {
      call: (a, f) =>
        imports.confirmImport(a, f.postmortemId, {
          source: "CSV",
          fileName: "again.csv",
          text: "time,description\n2026-11-20 15:05,Later",
          mapping: { time: 0, actor: null, type: null, description: 1, link: null },
        }),
    },
    undoImport: { call: (a, f) => imports.undoImport(a, f.postmortemId, f.batchId) },
  },
  "server/imports/prepare.ts": {
    sourceHash: { exempt: HELPER },
    parseForPostmortem: { exempt: HELPER },
    planImport: { exempt: HELPER },
    fileNameOf: { exempt: HELPER },
  },
  "server/postmortems/editing/mutations.ts": {
    SectionConflictError: { exempt: ERROR },
    HeaderConflictError: { exempt: ERROR },
    FieldRuleError: { exempt: ERROR },
    slugify: { exempt: "pure text function" },
    heartbeat: { exempt: "presence, not content: readers of a published postmortem are present too" },
    saveSection: {
      call: (a, f) =>
        editing.saveSection(a, f.postmortemId, f.sectionId, { baseVersion: f.sectionVersion, body: "z" }),
    },
    addSection: { call: (a, f) => editing.addSection(a, f.postmortemId, { title: "New" }) },
    removeSection: { call: (a, f) => editing.removeSection(a, f.postmortemId, f.sectionId) },
    moveSection: { call: (a, f) => editing.moveSection(a, f.postmortemId, f.sectionId, "down") },
    saveHeader: { call: (a, f) => editing.saveHeader(a, f.postmortemId, f.saveHeaderInput) },
  },
  "server/postmortems/flags/mutations.ts": {
    recountFlags: { exempt: HELPER },
    dismissFlag: {
      call: (a, f) =>
        flags.dismissFlag(a, f.postmortemId, {
          location: "summary",
          ruleId: "should-have",
          phrase: "should have",
          reason: "Quoted",
        }),
    },
    restoreFlag: { call: (a, f) => flags.restoreFlag(a, f.postmortemId, f.dismissalId) },
  },
  "server/postmortems/mutations.ts": {
    createPostmortem: { exempt: "creates a new draft, changes no existing postmortem" },
  },
  "server/postmortems/workflow/revisions.ts": {
    snapshotOf: { exempt: HELPER },
    recordRevision: { exempt: HELPER },
    recordEditRevisionIfDue: { exempt: HELPER },
  },
  "server/postmortems/workflow/mutations.ts": {
    changeStatus: {
      exempt:
        "moves the status by the workflow's own rules: reopening for correction is how a published one becomes editable",
    },
    listRevisions: { exempt: READ },
    getRevisionPair: { exempt: READ },
    restoreRevision: { call: (a, f) => workflow.restoreRevision(a, f.postmortemId, 1) },
  },
  "server/timeline/markers.ts": { detachStaleMarkers: { exempt: HELPER } },
  "server/timeline/mutations.ts": {
    EventConflictError: { exempt: ERROR },
    createEvent: { call: (a, f) => timeline.createEvent(a, f.postmortemId, event()) },
    updateEvent: {
      call: (a, f) =>
        timeline.updateEvent(a, f.postmortemId, f.eventId, { baseVersion: f.eventVersion, fields: event() }),
    },
    deleteEvent: { call: (a, f) => timeline.deleteEvent(a, f.postmortemId, f.eventId) },
    restoreEvent: { call: (a, f) => timeline.restoreEvent(a, f.postmortemId, f.eventId) },
    setEventFlags: { call: (a, f) => timeline.setEventFlags(a, f.postmortemId, f.eventId, { pinned: true }) },
    setMilestone: {
      call: (a, f) =>
        timeline.setMilestone(a, f.postmortemId, { key: "resolvedAt", value: "2026-11-21T10:00" }),
    },
  },
};

/** Modules that write, but never a postmortem's content. */
export const notContent: Record<string, string> = {
  "server/audit.ts": "appends audit events inside other mutations' transactions",
  "server/audit-denials.ts": "audit rows for refused requests",
  "server/auth/actor.ts": "touches the session row that identifies the actor",
  "server/auth/credentials.ts": "sign-in bookkeeping",
  "server/auth/options.ts": "sign-in bookkeeping",
  "server/auth/sso.ts": "links SSO identities to users",
  "server/auth/sessions.ts": "per-device session rows (sign-in, sign-out, revocation)",
  "server/auth/throttle.ts": "records failed sign-ins",
  "server/idempotency.ts": "remembers the answers to retried requests, whatever they changed",
  "server/insights/queries.ts": "reads only; its in-process Map of recent figures has a .delete(",
  "server/settings/severity.ts": "the site-wide severity scale",
  "server/teams/mutations.ts": "teams, memberships and invites",
  "server/templates/mutations.ts": "team templates (a postmortem copies its template at creation)",
  "server/users/mutations.ts": "user accounts",
};

/** The calls that must be refused on a published postmortem. */
export function guarded(): { name: string; call: Call }[] {
  return Object.entries(modules).flatMap(([file, entries]) =>
    Object.entries(entries).flatMap(([name, entry]) =>
      "call" in entry ? [{ name: `${file}#${name}`, call: entry.call }] : [],
    ),
  );
}
