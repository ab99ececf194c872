// What makes two events "the same" for duplicate detection: the instant (to
// the millisecond), the actor's name (case-insensitive) and the description
// (whitespace collapsed). The server hashes this key with SHA-256.

export function fingerprintKey(occurredAt: Date, actorName: string | null, description: string): string {
  return [
    occurredAt.toISOString(),
    (actorName ?? "").trim().toLowerCase(),
    description.trim().replace(/\s+/g, " "),
  ].join("\u241f");
}
