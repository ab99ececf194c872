// Expected failures are values the UI can show; anything else is masked.

/**
 * What a refused request was about, for the audit log (server/audit-denials.ts):
 * the kind of thing, its id as the request gave it, and what was attempted.
 * Never the refused data itself.
 */
export type DenialSubject = { entityType: string; entityId?: string | undefined; action: string };

/** The thing does not exist, or the actor may not know it exists. */
export class NotFoundError extends Error {
  constructor(
    what = "Not found",
    readonly subject?: DenialSubject,
  ) {
    super(what);
    this.name = "NotFoundError";
  }
}

/** The actor can see the thing but may not do this to it. */
export class ForbiddenError extends Error {
  constructor(
    message = "You do not have permission to do that.",
    readonly subject?: DenialSubject,
  ) {
    super(message);
    this.name = "ForbiddenError";
  }
}

/** Someone else changed the record since the actor loaded it. */
export class ConflictError extends Error {
  constructor(message = "Someone else changed this in the meantime.") {
    super(message);
    this.name = "ConflictError";
  }
}

/** Input that passed the schema but breaks a business rule. */
export class RuleError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "RuleError";
  }
}

/** Prisma's known-request errors carry a stable code; match on it, never on text. */
export function hasPrismaCode(error: unknown, code: string): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === code;
}

/**
 * A unique-constraint violation. Prisma reports it as P2002, except inside
 * interactive transactions over a driver adapter, where the adapter's error
 * carries PostgreSQL's SQLSTATE 23505 instead.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (hasPrismaCode(error, "P2002")) return true;
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause;
  return typeof cause === "object" && cause !== null && cause.code === "23505";
}
