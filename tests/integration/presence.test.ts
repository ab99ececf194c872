// Issue 8: presence leaked across teams on organisation-visible postmortems (a
// Payments user saw who from Platform had it open, and was shown to them).
// Presence is now only among the owning team and explicitly assigned reviewers.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createPostmortemSchema } from "@/lib/schemas/postmortems";
import { heartbeat } from "@/server/postmortems/editing/mutations";
import { createPostmortem } from "@/server/postmortems/mutations";
import { getPostmortem } from "@/server/postmortems/queries";
import { makeTeamWithRoles } from "./factories";

async function setup() {
  const platform = await makeTeamWithRoles("Platform");
  const payments = await makeTeamWithRoles("Payments");
  const pm = await createPostmortem(
    platform.WRITER,
    platform.team.id,
    createPostmortemSchema.parse({
      title: "Shared with the whole organisation",
      severity: "SEV2",
      timeZone: "UTC",
      startedAt: "",
      template: "blank",
    }),
  );
  await db.postmortem.update({ where: { id: pm.id }, data: { visibility: "ORGANIZATION" } });
  return { platform, payments, pm };
}

const now = new Date("2026-11-20T10:00:00Z");

describe("presence on an organisation-visible postmortem", () => {
  it("does not show Platform's people to a Payments reader, nor record the reader", async () => {
    const { platform, payments, pm } = await setup();
    // The Payments user can read it ...
    await expect(getPostmortem(payments.WRITER, pm.id)).resolves.toMatchObject({ id: pm.id });
    await heartbeat(platform.WRITER, pm.id, now);
    // ... but sees nobody, and is not recorded.
    expect(await heartbeat(payments.WRITER, pm.id, now)).toEqual([]);
    expect(
      await db.postmortemPresence.count({ where: { postmortemId: pm.id, userId: payments.WRITER.userId } }),
    ).toBe(0);
  });

  it("does not show a Payments reader to Platform, even if a presence row exists", async () => {
    const { platform, payments, pm } = await setup();
    // A row left from before (or written by any other path) stays invisible.
    await db.postmortemPresence.create({
      data: { postmortemId: pm.id, userId: payments.MANAGER.userId, lastSeenAt: now },
    });
    await heartbeat(platform.REVIEWER, pm.id, now);
    expect(await heartbeat(platform.WRITER, pm.id, now)).toEqual([platform.REVIEWER.name]);
  });

  it("includes a reviewer from another team who is assigned to it, both ways", async () => {
    const { platform, payments, pm } = await setup();
    await db.reviewerAssignment.create({
      data: {
        postmortemId: pm.id,
        reviewerId: payments.REVIEWER.userId,
        assignedById: platform.MANAGER.userId,
      },
    });
    await heartbeat(platform.WRITER, pm.id, now);
    expect(await heartbeat(payments.REVIEWER, pm.id, now)).toEqual([platform.WRITER.name]);
    expect(await heartbeat(platform.WRITER, pm.id, now)).toEqual([payments.REVIEWER.name]);
    // Their colleagues who are not assigned stay outside.
    expect(await heartbeat(payments.WRITER, pm.id, now)).toEqual([]);
  });
});
