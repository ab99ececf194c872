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

const norm = (s: string) => s.trim().toLowerCase();

function uniq(list: string[]): string[] {
  const seen = new Map<string, string>();
  for (const item of list) {
    const key = norm(item);
    if (key && !seen.has(key)) seen.set(key, item.trim());
  }
  return [...seen.values()];
}

/** Scopes compare case-insensitively; a trailing "*" in a held scope covers a prefix ("s3:*"). */
function covers(held: string, wanted: string): boolean {
  const h = norm(held);
  const w = norm(wanted);
  return h === w || (h.endsWith("*") && w.startsWith(h.slice(0, -1)));
}

export function permissionGaps(ledger: PermissionLedger): PermissionGaps {
  const held = uniq([...ledger.granted, ...ledger.inherited]);
  const needed = uniq(ledger.needed);
  const used = uniq(ledger.used);
  return {
    excess: held.filter((h) => !needed.some((n) => covers(n, h) || norm(n) === norm(h))),
    usedNotNeeded: used.filter((u) => !needed.some((n) => covers(n, u))),
    missing: needed.filter((n) => !held.some((h) => covers(h, n))),
  };
}
