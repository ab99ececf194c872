/** A box of the read view's sidebar, with its title. */
export function SidebarPanel({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="rounded-lg border border-stone-200 bg-white p-4">
      <h2 className="mb-3 text-sm font-semibold uppercase tracking-wide text-stone-600">{title}</h2>
      {children}
    </section>
  );
}
