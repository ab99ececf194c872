import type { FieldErrors } from "@/lib/action-result";

export const smallLabel = "block text-xs font-medium text-stone-700";

/** One event form's field ids (unique per form), their errors and the markup tying them together. */
export type EventFieldProps = {
  id: (name: string) => string;
  err: (key: string) => string[] | undefined;
  /** aria-invalid and aria-describedby for the field's control. */
  described: (key: string) => { "aria-invalid": true | undefined; "aria-describedby": string };
  /** The field's error, announced as it changes. */
  fieldError: (key: string) => React.ReactNode;
};

export function eventFieldProps(uid: string, errors: FieldErrors): EventFieldProps {
  const id = (name: string) => `${uid}-${name}`;
  const err = (key: string) => errors[key];
  const described = (key: string) => ({
    "aria-invalid": err(key)?.length ? (true as const) : undefined,
    "aria-describedby": `${id(key)}-error`,
  });
  const fieldError = (key: string) => (
    <p id={`${id(key)}-error`} aria-live="polite" className="text-xs text-red-700">
      {err(key)?.[0]}
    </p>
  );
  return { id, err, described, fieldError };
}
