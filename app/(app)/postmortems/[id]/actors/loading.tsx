export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="space-y-4">
      <span className="sr-only">Loading actors and guardrails…</span>
      <div className="h-9 w-full animate-pulse rounded bg-stone-200" />
      <div className="h-8 w-2/3 animate-pulse rounded bg-stone-200" />
      <div className="h-40 animate-pulse rounded-lg bg-stone-100" />
      <div className="h-56 animate-pulse rounded-lg bg-stone-100" />
    </div>
  );
}
