"use client";
import { useFormStatus } from "react-dom";
import { buttonClass } from "./styles";

/** A submit button that shows the pending state of its form. */
export function SubmitButton({
  children,
  pendingText,
  variant = "primary",
}: {
  children: React.ReactNode;
  pendingText: string;
  variant?: keyof typeof buttonClass;
}) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={buttonClass[variant]} disabled={pending} aria-disabled={pending}>
      {pending ? (
        <>
          <span
            className="size-3 animate-spin rounded-full border-2 border-current border-t-transparent"
            aria-hidden
          />
          {pendingText}
        </>
      ) : (
        children
      )}
    </button>
  );
}
