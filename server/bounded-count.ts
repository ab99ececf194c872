import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { boundedCount, COUNT_CAP, type BoundedCount } from "@/lib/keyset";

/**
 * The rows of `fromWhere` (a `FROM … WHERE …` fragment, parameterised)
 * counted up to COUNT_CAP: never a scan of everything a large list matches.
 */
export async function countUpToCap(fromWhere: Prisma.Sql): Promise<BoundedCount> {
  const [counted] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM (SELECT 1 ${fromWhere} LIMIT ${COUNT_CAP + 1}) AS capped`;
  return boundedCount(counted?.n ?? 0);
}
