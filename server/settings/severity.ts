import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { DbTransaction } from "@/lib/db/connect";
import { ForbiddenError } from "@/lib/errors";
import {
  parseSeverityScale,
  SEVERITY_SCALE_KEY,
  storedSeverityScale,
  type SeverityScale,
} from "@/lib/severity";
import type { Actor } from "@/server/auth/actor";
import { writeAudit } from "@/server/audit";

/**
 * The organisation's severity scale (site-wide configuration, not secret:
 * every signed-in page shows it). Read inside a transaction with `tx` so a
 * check and the write it guards see the same scale.
 */
export async function readSeverityScale(client: DbTransaction = db): Promise<SeverityScale> {
  const row = await client.siteSetting.findUnique({
    where: { key: SEVERITY_SCALE_KEY },
    select: { value: true },
  });
  return parseSeverityScale(row?.value);
}

/** The scale, once per request. */
export const getSeverityScale = cache(() => readSeverityScale());

/** Site admins change the scale; the change and what it replaced are audited. */
export async function updateSeverityScale(actor: Actor, scale: SeverityScale): Promise<SeverityScale> {
  if (!actor.isAdmin) throw new ForbiddenError("Only site admins can change the severity scale.");
  const value = storedSeverityScale(scale);
  return db.$transaction(async (tx) => {
    const before = await readSeverityScale(tx);
    await tx.siteSetting.upsert({
      where: { key: SEVERITY_SCALE_KEY },
      create: { key: SEVERITY_SCALE_KEY, value, updatedById: actor.userId },
      update: { value, updatedById: actor.userId },
    });
    await writeAudit(tx, {
      actorUserId: actor.userId,
      entityType: "SiteSetting",
      entityId: SEVERITY_SCALE_KEY,
      action: "site_setting.severity_scale_changed",
      before: storedSeverityScale(before),
      after: value,
    });
    return scale;
  });
}

/** For site admins: how many postmortems (all teams) sit at each level. */
export async function countPostmortemsBySeverity(actor: Actor): Promise<Record<string, number>> {
  if (!actor.isAdmin) throw new ForbiddenError("Only site admins can see every team's postmortems.");
  const rows = await db.postmortem.groupBy({ by: ["severity"], _count: { _all: true } });
  return Object.fromEntries(rows.map((r) => [r.severity, r._count._all]));
}
