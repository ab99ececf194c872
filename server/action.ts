import "server-only";
import crypto from "node:crypto";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import {
  INVALID_MESSAGE,
  unexpectedMessage,
  type ActionFailure,
  type ActionResult,
  fieldErrorsOf,
  type FieldErrors,
  type FormResult,
  type FormValues,
} from "@/lib/action-result";
import { ConflictError, ForbiddenError, NotFoundError, RuleError } from "@/lib/errors";
import { formValues } from "@/lib/action-result";
import { readIdempotencyKey } from "@/lib/idempotency";
import { idSchema } from "@/lib/schemas/entity";
import type { Actor } from "./auth/actor";
import { requireActor } from "./auth/session";
import { auditDenied } from "./denials";

// The one Server Action pipeline. Every exported action of a "use server"
// module is made here (tests/unit/server-actions.test.ts checks), so each does
// the same steps in the same order:
//
//   1. the session's actor (requireActor; `public` actions, like sign-up, have none);
//   2. the positional ids: a malformed one is "not found", like a missing record;
//   3. the input (the last argument: an object, or a form's FormData), parsed with its zod
//      schema: problems become field errors, keyed by path;
//   4. the idempotency key, for creates (`idempotent`);
//   5. `run`, which calls the data layer (where authorization is checked);
//   6. `revalidate`'s paths, after a success;
//   7. errors: a conflict with what the other person saved (`conflict`), expected errors
//      (not found, forbidden, a rule) as they are, refusals audited; anything else logged with a
//      reference and masked. Next's redirect()/notFound() pass through.
//
// `defineAction` makes `(...ids, input) => ActionResult`; `defineFormAction` makes
// `(...ids, previousState, formData) => FormResult` for useActionState, echoing what was
// submitted (passwords left out) with a failure.

type Names = readonly string[];
type IdArgs<N extends Names> = { [K in keyof N]: string };
type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

export type ActionContext<N extends Names, S, Public extends boolean> = {
  actor: Public extends true ? null : Actor;
  ids: { [K in N[number]]: string };
  input: Parsed<S>;
  /** Creates (`idempotent: true`) only; "" otherwise. */
  idempotencyKey: string;
};

type Spec<N extends Names, S, T, Theirs, Public extends boolean> = {
  /** Names of the positional id arguments, in order. */
  ids?: N;
  /** The message when an id is malformed ("Section not found"). */
  notFound?: string;
  /** The schema of the last argument. */
  input?: S;
  /** A wrapper key dropped from field-error paths ("fields.description" → "description"). */
  unwrap?: string;
  /** The input carries an idempotency key (lib/idempotency.ts): a create. */
  idempotent?: boolean;
  /** Needs no session (sign-up). */
  public?: Public;
  run: (context: ActionContext<N, S, Public>) => Promise<T>;
  /** A conflict error that carries what the other person saved. */
  conflict?: (error: unknown) => { message: string; theirs: Theirs } | undefined;
  /** The form's name for a field-error path ("levels.2.label" → "label-SEV3"). */
  fieldName?: (path: string) => string;
  /** Where to go after a success (after revalidating): Next's redirect(). */
  redirect?: (context: ActionContext<N, S, Public>, result: T) => string | undefined;
  /** What to revalidate after a success: a page's path, or a layout and everything under it. */
  revalidate?: (context: ActionContext<N, S, Public>, result: T) => Revalidation | Revalidation[];
};

type Revalidation = string | { layout: string };

const defined = new WeakSet<object>();

/** Whether `value` was made by defineAction or defineFormAction. */
export function isDefinedAction(value: unknown): boolean {
  return typeof value === "function" && defined.has(value);
}

type Outcome<T, Theirs> =
  | { ok: true; value: T }
  | { ok: false; result: ActionFailure | { status: "conflict"; message: string; theirs: Theirs } };

async function pipeline<N extends Names, S, T, Theirs, Public extends boolean>(
  spec: Spec<N, S, T, Theirs, Public>,
  ids: readonly unknown[],
  input: unknown,
): Promise<Outcome<T, Theirs>> {
  const actor = (spec.public ? null : await requireActor()) as ActionContext<N, S, Public>["actor"];
  const names = spec.ids ?? ([] as unknown as N);
  const idValues: Record<string, string> = {};
  for (const [index, name] of names.entries()) {
    const parsed = idSchema.safeParse(ids[index]);
    if (!parsed.success) return { ok: false, result: expected(spec.notFound ?? "Not found") };
    idValues[name] = parsed.data;
  }
  if (input instanceof FormData) input = formValues(input);
  let data: unknown = undefined;
  if (spec.input) {
    const parsed = (spec.input as unknown as z.ZodType).safeParse(input);
    if (!parsed.success)
      return { ok: false, result: invalidInput(parsed.error, spec.unwrap, spec.fieldName) };
    data = parsed.data;
  }
  let idempotencyKey = "";
  if (spec.idempotent) {
    const key = readIdempotencyKey(input);
    if (!key.ok) return { ok: false, result: expected(key.message) };
    idempotencyKey = key.key;
  }
  const context = {
    actor,
    ids: idValues,
    input: data,
    idempotencyKey,
  } as ActionContext<N, S, Public>;
  let value: T;
  try {
    value = await spec.run(context);
  } catch (error) {
    const conflict = spec.conflict?.(error);
    if (conflict) return { ok: false, result: { status: "conflict", ...conflict } };
    return { ok: false, result: await failureOf(error) };
  }
  const targets = spec.revalidate?.(context, value) ?? [];
  for (const target of Array.isArray(targets) ? targets : [targets]) {
    if (typeof target === "string") revalidatePath(target);
    else revalidatePath(target.layout, "layout");
  }
  const to = spec.redirect?.(context, value);
  if (to) redirect(to);
  return { ok: true, value };
}

/** A Server Action called with its ids and an input object: `(...ids, input) => ActionResult`. */
export function defineAction<
  const N extends Names = [],
  S = undefined,
  T extends object = object,
  Theirs = never,
  Public extends boolean = false,
>(spec: Spec<N, S, T, Theirs, Public>) {
  const action = async (...args: [...IdArgs<N>, unknown?]): Promise<ActionResult<T, Theirs>> => {
    const count = spec.ids?.length ?? 0;
    const outcome = await pipeline(spec, args.slice(0, count), args[count]);
    if (!outcome.ok) return outcome.result as ActionResult<T, Theirs>;
    return { status: "success", ...outcome.value } as ActionResult<T, Theirs>;
  };
  defined.add(action);
  return action;
}

/**
 * A Server Action for useActionState: `(...ids, previousState, formData) => FormResult`.
 * `run` may return a success message and the values the form should show next.
 */
export function defineFormAction<
  const N extends Names = [],
  S = undefined,
  T extends { message?: string; values?: FormValues; id?: string } = { message?: string },
  Theirs = never,
  Public extends boolean = false,
>(spec: Spec<N, S, T, Theirs, Public>) {
  const action = async (...args: [...IdArgs<N>, FormResult, FormData]): Promise<FormResult> => {
    const count = spec.ids?.length ?? 0;
    const formData = args[count + 1] as FormData;
    const submitted: FormValues = formData instanceof FormData ? formValues(formData) : {};
    const outcome = await pipeline(spec, args.slice(0, count), submitted);
    if (outcome.ok) {
      const { message, values } = outcome.value;
      return { status: "success", ...(message !== undefined && { message }), ...(values && { values }) };
    }
    const values = withoutPasswords(submitted);
    if (outcome.result.status === "conflict")
      return { status: "error", kind: "expected", formError: outcome.result.message, values };
    return { ...outcome.result, values };
  };
  defined.add(action);
  return action;
}

// --------------------------------------------------------------- failures

/** A refusal or a broken rule; one that names fields is said beside them, the form only points there. */
function expected(formError: string, fieldErrors?: FieldErrors): ActionFailure {
  if (fieldErrors) return { status: "error", kind: "expected", formError: INVALID_MESSAGE, fieldErrors };
  return { status: "error", kind: "expected", formError };
}

/** zod issues as field errors (lib/action-result.ts, fieldErrorsOf), by the form's field names. */
function invalidInput(
  error: z.ZodError,
  unwrap?: string,
  fieldName: (path: string) => string = (path) => path,
): ActionFailure {
  const fieldErrors = Object.fromEntries(
    Object.entries(fieldErrorsOf(error, unwrap)).map(([path, messages]) => [fieldName(path), messages]),
  );
  return { status: "error", kind: "invalid", formError: INVALID_MESSAGE, fieldErrors };
}

/**
 * An error thrown by the data layer as a result. Expected errors (not found,
 * forbidden, conflict, rule) are shown as they are, refusals audited first
 * (server/denials.ts); anything else is logged with a reference and the user
 * sees only a fixed sentence with it. Next's control flow is rethrown.
 */
export async function failureOf(error: unknown): Promise<ActionFailure> {
  if (isNextControlFlow(error)) throw error;
  await auditDenied(error);
  if (error instanceof RuleError) {
    const fieldErrors = (error as RuleError & { fieldErrors?: FieldErrors }).fieldErrors;
    if (fieldErrors) return expected(error.message, fieldErrors);
    return expected(error.message, error.field ? { [error.field]: [error.message] } : undefined);
  }
  if (error instanceof NotFoundError || error instanceof ForbiddenError || error instanceof ConflictError)
    return expected(error.message);
  const reference = logUnexpected(error);
  return { status: "error", kind: "unexpected", formError: unexpectedMessage(reference), reference };
}

export function logUnexpected(error: unknown): string {
  const reference = crypto.randomBytes(4).toString("hex");
  console.error(`[kintsugi] unexpected error ref=${reference}`, error);
  return reference;
}

/** Every error Next throws for its own control flow carries a digest starting with "NEXT_". */
function isNextControlFlow(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && digest.startsWith("NEXT_");
}

function withoutPasswords(values: FormValues): FormValues {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !/password/i.test(key)));
}
