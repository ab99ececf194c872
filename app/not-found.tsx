import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-md flex-col items-center justify-center px-4 text-center">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-2 text-2xl font-semibold">Not found</h1>
      <p className="mt-2 text-sm text-stone-600">
        This page does not exist, or it belongs to a team you are not a member of.
      </p>
      <Link
        href="/postmortems"
        className="mt-6 rounded-md bg-stone-900 px-4 py-2 text-sm font-medium text-white"
      >
        Go to postmortems
      </Link>
    </main>
  );
}
