export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="space-y-3">
      <span className="sr-only">Loading…</span>
      <div className="h-7 w-48 animate-pulse rounded bg-stone-200" />
      <div className="h-4 w-72 animate-pulse rounded bg-stone-200" />
      <div className="mt-6 h-40 animate-pulse rounded-lg bg-stone-200" />
    </div>
  );
}
