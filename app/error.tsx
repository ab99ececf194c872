"use client";
import { useEffect } from "react";

/** Unexpected errors: the details stay in the server log; the user gets a reference. */
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const databaseDown = error.message?.includes("database") ?? false;
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-md flex-col items-center justify-center px-4 text-center">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-2 text-sm text-stone-600">
        {databaseDown
          ? "Kintsugi cannot reach its database right now. Nothing you saved is lost; try again in a moment."
          : "An unexpected error occurred. It has been logged."}
      </p>
      {error.digest ? (
        <p className="mt-2 font-mono text-xs text-stone-500">Reference: {error.digest}</p>
      ) : null}
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded-md bg-stone-900 px-4 py-2 text-sm font-medium text-white"
      >
        Try again
      </button>
    </main>
  );
}
