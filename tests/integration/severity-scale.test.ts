import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError, RuleError } from "@/lib/errors";
import { saveHeaderSchema } from "@/lib/schemas/editing";
import { createPostmortemSchema } from "@/lib/schemas/postmortems";
import {
  describeSeverity,
  parseSeverityScale,
  SEVERITY_SCALE_KEY,
  severityScaleSchema,
} from "@/lib/severity";
import { FieldRuleError, saveHeader } from "@/server/postmortems/editing/mutations";
import { createPostmortem } from "@/server/postmortems/mutations";
import { getPostmortem, listTeamPostmortems } from "@/server/postmortems/queries";
import {
  countPostmortemsBySeverity,
  readSeverityScale,
  updateSeverityScale,
} from "@/server/settings/severity";
import { actorFor, makeTeamWithRoles, makeUser } from "./factories";

const newPostmortem = (severity: string) =>
  createPostmortemSchema.parse({
    title: `A ${severity} incident`,
    severity,
    timeZone: "UTC",
    startedAt: "",
    template: "amazon-coe",
  });

const fiveLevels = severityScaleSchema.parse({
  count: 5,
  levels: [
    { label: "Critical", description: "all customers" },
    { label: "Major", description: "many customers" },
    { label: "Minor", description: "some customers" },
    { label: "Low", description: "no customers" },
    { label: "Heads-up", description: "nothing affected" },
  ],
});

async function siteAdmin() {
  const user = await makeUser({ isAdmin: true });
  return actorFor(user.id);
}

const header = (base: Record<string, string>, changes: Record<string, string>) =>
  saveHeaderSchema.parse({ base, changes });

describe("the severity scale", () => {
  it("is SEV1–SEV4 by default: the create form and the editor both refuse SEV5", async () => {
    const alpha = await makeTeamWithRoles();
    expect((await readSeverityScale()).count).toBe(4);
    const refused = await createPostmortem(alpha.WRITER, alpha.team.id, newPostmortem("SEV5")).catch(
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(RuleError);
    expect(refused).toMatchObject({ field: "severity", message: expect.stringContaining("SEV1–SEV4") });
    expect(await db.postmortem.count()).toBe(0);

    const pm = await createPostmortem(alpha.WRITER, alpha.team.id, newPostmortem("SEV4"));
    const error = await saveHeader(
      alpha.WRITER,
      pm.id,
      header({ severity: "SEV4" }, { severity: "SEV5" }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FieldRuleError);
    expect((error as FieldRuleError).fieldErrors.severity?.[0]).toContain("SEV1–SEV4");
    expect((await db.postmortem.findUniqueOrThrow({ where: { id: pm.id } })).severity).toBe("SEV4");
  });

  it("a site admin changes it, audited with before and after; others are refused", async () => {
    const alpha = await makeTeamWithRoles();
    const admin = await siteAdmin();
    await expect(updateSeverityScale(alpha.ADMIN, fiveLevels)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(countPostmortemsBySeverity(alpha.MANAGER)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.siteSetting.count()).toBe(0);
    expect(await db.auditEvent.count({ where: { entityType: "SiteSetting" } })).toBe(0);

    await updateSeverityScale(admin, fiveLevels);
    const stored = await db.siteSetting.findUniqueOrThrow({ where: { key: SEVERITY_SCALE_KEY } });
    expect(stored.updatedById).toBe(admin.userId);
    expect(await readSeverityScale()).toEqual(fiveLevels);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityType: "SiteSetting" } });
    expect(audit).toMatchObject({
      actorUserId: admin.userId,
      entityId: SEVERITY_SCALE_KEY,
      action: "site_setting.severity_scale_changed",
    });
    expect(audit.before).toMatchObject({ count: 4, levels: expect.arrayContaining([expect.anything()]) });
    expect(audit.after).toMatchObject({
      count: 5,
      levels: expect.arrayContaining([{ label: "Heads-up", description: "nothing affected" }]),
    });

    // Now SEV5 can be chosen.
    const pm = await createPostmortem(alpha.WRITER, alpha.team.id, newPostmortem("SEV5"));
    expect(pm.severity).toBe("SEV5");
    expect(await countPostmortemsBySeverity(admin)).toEqual({ SEV5: 1 });
  });

  it("postmortems at a level a reduced scale left out stay readable, editable and say so", async () => {
    const alpha = await makeTeamWithRoles();
    const admin = await siteAdmin();
    await updateSeverityScale(admin, fiveLevels);
    const pm = await createPostmortem(alpha.WRITER, alpha.team.id, newPostmortem("SEV5"));
    await updateSeverityScale(admin, { ...fiveLevels, count: 4 });
    const scale = await readSeverityScale();

    const read = await getPostmortem(alpha.VIEWER, pm.id);
    expect(read.severity).toBe("SEV5");
    expect(describeSeverity(scale, read.severity)).toMatchObject({ label: "Heads-up", inScale: false });
    const list = await listTeamPostmortems(alpha.VIEWER, alpha.team.id, { severity: "SEV5" });
    expect(list.items.map((i) => i.id)).toEqual([pm.id]);

    // Other fields save without touching the level…
    const saved = await saveHeader(alpha.WRITER, pm.id, header({ title: read.title }, { title: "Renamed" }));
    expect(saved.values).toMatchObject({ title: "Renamed", severity: "SEV5" });
    // …and it can be moved onto the scale, but not back off it.
    await saveHeader(alpha.WRITER, pm.id, header({ severity: "SEV5" }, { severity: "SEV3" }));
    await expect(
      saveHeader(alpha.WRITER, pm.id, header({ severity: "SEV3" }, { severity: "SEV5" })),
    ).rejects.toBeInstanceOf(FieldRuleError);
    expect((await db.postmortem.findUniqueOrThrow({ where: { id: pm.id } })).severity).toBe("SEV3");
  });

  it("a stored value that no longer parses falls back to the default scale", async () => {
    await db.siteSetting.create({ data: { key: SEVERITY_SCALE_KEY, value: { count: 7 } } });
    expect(await readSeverityScale()).toEqual(parseSeverityScale(null));
  });
});
