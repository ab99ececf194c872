import Link from "next/link";
import { buttonClass } from "@/components/ui/styles";

const postmortems = (n: number) => `${n} ${n === 1 ? "postmortem" : "postmortems"}`;

/**
 * Says what the insights count, with the same total as the postmortem list's
 * "All", and how many "not required" postmortems are left out.
 */
export function CountedNote({
  total,
  counted,
  notRequired,
  computedAt,
}: {
  total: number;
  counted: number;
  notRequired: number;
  computedAt: Date;
}) {
  return (
    <section
      aria-labelledby="what-is-counted"
      className="mb-6 rounded-lg border border-stone-200 bg-white px-4 py-3 text-sm text-stone-700"
    >
      <h2 id="what-is-counted" className="font-semibold text-stone-900">
        What is counted
      </h2>
      {notRequired === 0 ? (
        <p>
          All {postmortems(total)} of the team are counted{total > 0 ? "; none is marked “not required”" : ""}
          .
        </p>
      ) : (
        <p>
          {counted} of the team’s {postmortems(total)} are counted. Left out:{" "}
          <Link href="/postmortems?status=NOT_REQUIRED" className={buttonClass.link}>
            {notRequired} marked “not required”
          </Link>
          : the team decided {notRequired === 1 ? "it needed" : "they needed"} no postmortem.
        </p>
      )}
      <p className="mt-1 text-stone-600">
        Response times, severities and contributing factors come from the counted postmortems; open action
        items from every postmortem of the team. Computed at{" "}
        <time dateTime={computedAt.toISOString()}>{computedAt.toISOString().slice(11, 19)} UTC</time>; the
        figures are at most a minute old.
      </p>
    </section>
  );
}
