// Where the blast radius came from: each actor's permission gaps next to what
// its actions touched, and which actors' excess or inherited permissions were
// behind actions in production, across the non-production/production boundary
// or that could not be undone. Pure; shared by the actors tab, the read view
// and the Markdown export.
import {
  normalizeScopes,
  permissionGaps,
  scopeOrigin,
  type PermissionGaps,
  type ScopeOrigin,
} from "@/lib/permissions";
import type { ActorKind } from "./types";

export type BlastRadiusActorInput = {
  id: string;
  kind: ActorKind | string;
  name: string;
  role: string;
  inheritedFrom: string | null;
  permissionsGranted: string[];
  permissionsInherited: string[];
  permissionsNeeded: string[];
  permissionsUsed: string[];
};

/** Pass only the events that count (not deleted; hidden ones are still actions that happened). */
export type BlastRadiusEventInput = {
  actorId: string | null;
  occurredAt: Date | string;
  environment: "NON_PRODUCTION" | "PRODUCTION" | "UNKNOWN" | null;
  crossedEnvironment: boolean | null;
  reversibility: "REVERSIBLE" | "RESTORABLE_FROM_BACKUP" | "IRREVERSIBLE" | null;
  resourcesTouched: string[];
  type: string;
};

/** A scope behind the blast radius: used (or held) without being needed for the task. */
export type RiskScope = {
  scope: string;
  /** Own grant, inherited (see the actor's inheritedFrom), or used without a recorded grant. */
  origin: ScopeOrigin;
  /** True when the ledger records the scope as used; false when it was only held. */
  used: boolean;
};

/**
 * Why an actor is (or is not) a source of the blast radius:
 * - "used": it used scopes its task did not need, and acted in risky events;
 * - "held": it held scopes its task did not need and acted in risky events,
 *   but the ledger does not record what it used (so the link is likely, not shown);
 * - null: not a source.
 */
export type BlastRadiusBasis = "used" | "held" | null;

export type ActorBlastRadius = {
  actorId: string;
  name: string;
  kind: string;
  role: string;
  inheritedFrom: string | null;
  gaps: PermissionGaps;
  /** The excess scopes that came only through inheritance (not the actor's own grant). */
  inheritedExcess: string[];
  /** Events the actor acted in. */
  events: number;
  /** Events with environment = production. */
  productionActions: number;
  /** Events that crossed from non-production into production. */
  boundaryCrossings: number;
  irreversibleActions: number;
  restorableActions: number;
  /** Events that were in production, crossed the boundary, or were irreversible. */
  riskyActions: number;
  /** Distinct resources touched across all its events, first seen first. */
  resourcesTouched: string[];
  /** Distinct resources touched by its risky events. */
  riskyResources: string[];
  /** ISO times of its first and last event, or null without events. */
  firstActedAt: string | null;
  lastActedAt: string | null;
  basis: BlastRadiusBasis;
  /** The scopes behind the blast radius (empty unless basis is set). */
  riskScopes: RiskScope[];
};

export type BlastRadiusSummary = {
  /** Every actor, most significant first (sources first, then by what their actions touched). */
  actors: ActorBlastRadius[];
  /** The actors the blast radius came from, most significant first. */
  sources: ActorBlastRadius[];
  totals: {
    events: number;
    productionActions: number;
    boundaryCrossings: number;
    irreversibleActions: number;
    restorableActions: number;
    resourcesTouched: string[];
    /** Events with no actor recorded: they can't be traced to a ledger. */
    unattributedEvents: number;
    /** Actors holding scopes their task did not need. */
    actorsWithExcess: number;
  };
};

const iso = (d: Date | string) => (typeof d === "string" ? new Date(d) : d).toISOString();

function isRisky(e: BlastRadiusEventInput): boolean {
  return (
    e.environment === "PRODUCTION" || e.crossedEnvironment === true || e.reversibility === "IRREVERSIBLE"
  );
}

function summarizeActor(actor: BlastRadiusActorInput, events: BlastRadiusEventInput[]): ActorBlastRadius {
  const ledger = {
    granted: actor.permissionsGranted,
    inherited: actor.permissionsInherited,
    needed: actor.permissionsNeeded,
    used: actor.permissionsUsed,
  };
  const gaps = permissionGaps(ledger);
  const risky = events.filter(isRisky);
  const times = events.map((e) => iso(e.occurredAt)).sort();

  let basis: BlastRadiusBasis = null;
  let riskScopes: RiskScope[] = [];
  if (risky.length > 0) {
    if (gaps.usedNotNeeded.length > 0) {
      basis = "used";
      riskScopes = gaps.usedNotNeeded.map((scope) => ({
        scope,
        origin: scopeOrigin(ledger, scope),
        used: true,
      }));
    } else if (normalizeScopes(actor.permissionsUsed).length === 0 && gaps.excess.length > 0) {
      basis = "held";
      riskScopes = gaps.excess.map((scope) => ({ scope, origin: scopeOrigin(ledger, scope), used: false }));
    }
  }

  return {
    actorId: actor.id,
    name: actor.name,
    kind: actor.kind,
    role: actor.role,
    inheritedFrom: actor.inheritedFrom,
    gaps,
    inheritedExcess: gaps.excess.filter((s) => scopeOrigin(ledger, s) === "inherited"),
    events: events.length,
    productionActions: events.filter((e) => e.environment === "PRODUCTION").length,
    boundaryCrossings: events.filter((e) => e.crossedEnvironment === true).length,
    irreversibleActions: events.filter((e) => e.reversibility === "IRREVERSIBLE").length,
    restorableActions: events.filter((e) => e.reversibility === "RESTORABLE_FROM_BACKUP").length,
    riskyActions: risky.length,
    resourcesTouched: normalizeScopes(events.flatMap((e) => e.resourcesTouched)),
    riskyResources: normalizeScopes(risky.flatMap((e) => e.resourcesTouched)),
    firstActedAt: times[0] ?? null,
    lastActedAt: times.at(-1) ?? null,
    basis,
    riskScopes,
  };
}

const basisRank: Record<string, number> = { used: 2, held: 1 };

/** Most significant first: proven sources, then likely ones; then what the actions did. */
function compareActors(a: ActorBlastRadius, b: ActorBlastRadius): number {
  return (
    (basisRank[b.basis ?? ""] ?? 0) - (basisRank[a.basis ?? ""] ?? 0) ||
    b.irreversibleActions - a.irreversibleActions ||
    b.boundaryCrossings - a.boundaryCrossings ||
    b.productionActions - a.productionActions ||
    b.riskScopes.length - a.riskScopes.length ||
    Number(b.kind === "AI_AGENT") - Number(a.kind === "AI_AGENT") ||
    b.gaps.excess.length +
      b.gaps.usedNotNeeded.length -
      (a.gaps.excess.length + a.gaps.usedNotNeeded.length) ||
    b.events - a.events ||
    a.name.localeCompare(b.name)
  );
}

export function summarizeBlastRadius(
  actors: readonly BlastRadiusActorInput[],
  events: readonly BlastRadiusEventInput[],
): BlastRadiusSummary {
  const byActor = new Map<string, BlastRadiusEventInput[]>();
  for (const e of events) {
    if (!e.actorId) continue;
    const list = byActor.get(e.actorId) ?? [];
    list.push(e);
    byActor.set(e.actorId, list);
  }
  const rows = actors.map((a) => summarizeActor(a, byActor.get(a.id) ?? [])).sort(compareActors);
  const known = new Set(actors.map((a) => a.id));
  return {
    actors: rows,
    sources: rows.filter((r) => r.basis !== null),
    totals: {
      events: events.length,
      productionActions: events.filter((e) => e.environment === "PRODUCTION").length,
      boundaryCrossings: events.filter((e) => e.crossedEnvironment === true).length,
      irreversibleActions: events.filter((e) => e.reversibility === "IRREVERSIBLE").length,
      restorableActions: events.filter((e) => e.reversibility === "RESTORABLE_FROM_BACKUP").length,
      resourcesTouched: normalizeScopes(events.flatMap((e) => e.resourcesTouched)),
      unattributedEvents: events.filter((e) => !e.actorId || !known.has(e.actorId)).length,
      actorsWithExcess: rows.filter((r) => r.gaps.excess.length > 0).length,
    },
  };
}

// ------------------------------------------------------------- as a table

/** "cloudformation:DeleteStack (inherited from release operator)" */
export function describeRiskScope(scope: RiskScope, inheritedFrom: string | null): string {
  const from =
    scope.origin === "inherited"
      ? inheritedFrom
        ? ` (inherited from ${inheritedFrom})`
        : " (inherited)"
      : scope.origin === "not held"
        ? " (used without a recorded grant)"
        : "";
  return `${scope.scope}${from}`;
}

/** One sentence on why the actor is a source; empty when it is not. */
export function describeSource(a: ActorBlastRadius): string {
  if (!a.basis) return "";
  const what = [
    a.irreversibleActions > 0 && `${a.irreversibleActions} irreversible`,
    a.boundaryCrossings > 0 && `${a.boundaryCrossings} crossing into production`,
    a.productionActions > 0 && `${a.productionActions} in production`,
  ]
    .filter(Boolean)
    .join(", ");
  const scopes = a.riskScopes.map((s) => describeRiskScope(s, a.inheritedFrom)).join(", ");
  const acted = `it acted in ${a.riskyActions} risky action${a.riskyActions === 1 ? "" : "s"}: ${what}`;
  return a.basis === "used"
    ? `Used permissions its task did not need: ${scopes}; ${acted}.`
    : `Held permissions its task did not need: ${scopes}; ${acted}. What it used is not recorded.`;
}

export const blastRadiusColumns = [
  { key: "actor", label: "Actor" },
  { key: "excess", label: "Held, not needed" },
  { key: "usedNotNeeded", label: "Used, not needed" },
  { key: "missing", label: "Needed, missing" },
  { key: "production", label: "In production" },
  { key: "crossings", label: "Crossed into production" },
  { key: "irreversible", label: "Irreversible" },
  { key: "resources", label: "Resources touched" },
] as const;

export type BlastRadiusColumnKey = (typeof blastRadiusColumns)[number]["key"];

const kindLabel: Record<string, string> = {
  PERSON: "person",
  AUTOMATION: "automation",
  AI_AGENT: "AI agent",
  EXTERNAL_SERVICE: "external service",
};

/** Plain-text cells (no Markdown escaping: the caller escapes for its medium). "—" for none. */
export function blastRadiusRow(a: ActorBlastRadius): Record<BlastRadiusColumnKey, string> {
  const list = (xs: string[]) => (xs.length ? xs.join(", ") : "—");
  const count = (n: number) => (n ? String(n) : "—");
  const from = a.inheritedFrom ? `inherited from ${a.inheritedFrom}` : "inherited";
  const excess = a.gaps.excess.map((s) => (a.inheritedExcess.includes(s) ? `${s} (${from})` : s));
  return {
    actor: `${a.name} (${kindLabel[a.kind] ?? a.kind.toLowerCase()}${a.role && a.role !== a.name ? `, ${a.role}` : ""})`,
    excess: list(excess),
    usedNotNeeded: list(a.gaps.usedNotNeeded),
    missing: list(a.gaps.missing),
    production: count(a.productionActions),
    crossings: count(a.boundaryCrossings),
    irreversible: count(a.irreversibleActions),
    resources: list(a.resourcesTouched),
  };
}

/**
 * The summary as plain-text table data: headers, one row per actor (most
 * significant first) and one sentence per source. Escape cells for the medium
 * (e.g. `inline()` of lib/export-markdown for Markdown).
 */
export function blastRadiusTable(summary: BlastRadiusSummary): {
  headers: string[];
  rows: string[][];
  sources: { actor: string; sentence: string }[];
} {
  return {
    headers: blastRadiusColumns.map((c) => c.label),
    rows: summary.actors.map((a) => {
      const row = blastRadiusRow(a);
      return blastRadiusColumns.map((c) => row[c.key]);
    }),
    sources: summary.sources.map((a) => ({ actor: a.name, sentence: describeSource(a) })),
  };
}
