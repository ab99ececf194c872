// The permission ledger: what an actor held, needed and used, and the gaps.

export type PermissionLedger = {
  granted: string[];
  inherited: string[];
  needed: string[];
  used: string[];
};

export type PermissionGaps = {
  /** Held (granted or inherited) but not needed for the task. */
  excess: string[];
  /** Used although not needed for the task. */
  usedNotNeeded: string[];
  /** Needed for the task but not held. */
  missing: string[];
};

/** Comparison key: case and runs of spaces do not matter. */
const norm = (s: string) => s.trim().replace(/\s+/g, " ").toLowerCase();

/** Trimmed, blanks dropped, duplicates (case-insensitive) dropped; the first spelling wins. */
export function normalizeScopes(list: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const item of list) {
    const key = norm(item);
    if (key && !seen.has(key)) seen.set(key, item.trim().replace(/\s+/g, " "));
  }
  return [...seen.values()];
}

/** Scopes compare case-insensitively; a trailing "*" in a held scope covers a prefix ("s3:*"). */
export function scopeCovers(held: string, wanted: string): boolean {
  const h = norm(held);
  const w = norm(wanted);
  return h === w || (h.endsWith("*") && w.startsWith(h.slice(0, -1)));
}

export function permissionGaps(ledger: PermissionLedger): PermissionGaps {
  const held = normalizeScopes([...ledger.granted, ...ledger.inherited]);
  const needed = normalizeScopes(ledger.needed);
  const used = normalizeScopes(ledger.used);
  return {
    excess: held.filter((h) => !needed.some((n) => scopeCovers(n, h) || norm(n) === norm(h))),
    usedNotNeeded: used.filter((u) => !needed.some((n) => scopeCovers(n, u))),
    missing: needed.filter((n) => !held.some((h) => scopeCovers(h, n))),
  };
}

export type ScopeOrigin = "granted" | "inherited" | "not held";

/**
 * Where the actor got a scope from: its own grant wins over inheritance
 * (an inherited duplicate of a granted scope says nothing new).
 */
export function scopeOrigin(
  ledger: Pick<PermissionLedger, "granted" | "inherited">,
  scope: string,
): ScopeOrigin {
  if (ledger.granted.some((g) => scopeCovers(g, scope))) return "granted";
  if (ledger.inherited.some((i) => scopeCovers(i, scope))) return "inherited";
  return "not held";
}

/** How each scope of one ledger list should be highlighted (for tag inputs and read displays). */
export type ScopeMark = "excess" | "usedNotNeeded" | "missing" | null;

/** The highlight for one scope in one list of the ledger, given the computed gaps. */
export function scopeMark(list: keyof PermissionLedger, scope: string, gaps: PermissionGaps): ScopeMark {
  const has = (xs: string[]) => xs.some((x) => norm(x) === norm(scope));
  if ((list === "granted" || list === "inherited") && has(gaps.excess)) return "excess";
  if (list === "used" && has(gaps.usedNotNeeded)) return "usedNotNeeded";
  if (list === "needed" && has(gaps.missing)) return "missing";
  return null;
}
