import "server-only";
import { db } from "@/lib/db";
import type { DbTransaction } from "@/lib/db/connect";
import { ConflictError, NotFoundError, RuleError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Severity } from "@/lib/generated/prisma/enums";
import { checkMilestoneOrder, milestoneKeys, type Milestones } from "@/lib/milestones";
import {
  bodyTooLong,
  canonicalHeaderValue,
  headerKeys,
  parseMajorAmount,
  SECTION_BODY_LIMIT,
  toHeaderValues,
  type HeaderKey,
  type HeaderValues,
  type SaveHeaderInput,
  type SaveSectionInput,
  type SectionTheirs,
} from "@/lib/schemas/editing";
import type { FieldErrors } from "@/lib/action-result";
import { isInScale, severityRange } from "@/lib/severity";
import { parseLocalDateTime } from "@/lib/time";
import { roleIn, type Actor } from "@/server/auth/actor";
import { writeAudit } from "@/server/audit";
import { idempotentTransaction } from "@/server/idempotency";
import { canManageTeam, canWrite } from "@/server/policy";
import { requireEditable } from "@/server/postmortems/editable";
import { afterContentChange } from "@/server/postmortems/after-change";
import { headerFieldsSelect } from "@/server/postmortems/editing/header-fields";
import { requireVisiblePostmortem } from "@/server/postmortems/scope";
import { readSeverityScale } from "@/server/settings/severity";
import { detachStaleMarkers } from "@/server/timeline/markers";

type Tx = DbTransaction;

/** Presence counts as "here" for this long after the last heartbeat. */
export const PRESENCE_WINDOW_MS = 45_000;

/** A section save based on a version someone else has since replaced. */
export class SectionConflictError extends ConflictError {
  constructor(readonly theirs: SectionTheirs) {
    super(
      `${theirs.updatedBy ?? "Someone"} saved this section in the meantime. Compare both versions and choose what to keep.`,
    );
    this.name = "SectionConflictError";
  }
}

/** A header save whose fields someone else changed since the client's base. */
export class HeaderConflictError extends ConflictError {
  constructor(
    readonly conflicts: Partial<HeaderValues>,
    readonly current: HeaderValues,
  ) {
    super("Someone else changed these fields in the meantime. Choose which value to keep.");
    this.name = "HeaderConflictError";
  }
}

/** Several fields are wrong at once (RuleError carries only the first). */
export class FieldRuleError extends RuleError {
  constructor(readonly fieldErrors: FieldErrors) {
    const [field, messages] = Object.entries(fieldErrors)[0] ?? [
      "form",
      ["Please correct the highlighted fields."],
    ];
    super(messages?.[0] ?? "Please correct the highlighted fields.", field);
    this.name = "FieldRuleError";
  }
}

const sectionSelect = {
  id: true,
  key: true,
  title: true,
  body: true,
  helpText: true,
  guidingQuestions: true,
  version: true,
} as const;

async function loadSection(tx: Tx, postmortemId: string, sectionId: string) {
  // Through its postmortem: a section id from elsewhere is simply not found.
  const section = await tx.section.findFirst({
    where: { id: sectionId, postmortemId },
    select: { ...sectionSelect, position: true },
  });
  if (!section) throw new NotFoundError("Section not found");
  return section;
}

async function touch(tx: Tx, postmortemId: string) {
  await tx.postmortem.update({ where: { id: postmortemId }, data: { updatedAt: new Date() } });
}

// ---------------------------------------------------------------- sections

/**
 * Saves a section's body (and title) if nobody saved it since `baseVersion`;
 * otherwise throws SectionConflictError with their text, changing nothing.
 */
export async function saveSection(
  actor: Actor,
  postmortemId: string,
  sectionId: string,
  input: SaveSectionInput,
) {
  if (input.body.length > SECTION_BODY_LIMIT) throw new RuleError(bodyTooLong(input.body.length), "body");
  if (input.title !== undefined && !input.title.trim())
    throw new RuleError("Enter a section title.", "title");
  return db.$transaction(async (tx) => {
    const pm = await requireEditable(tx, actor, postmortemId);
    const before = await loadSection(tx, postmortemId, sectionId);
    const title = input.title?.trim();
    const { count } = await tx.section.updateMany({
      where: { id: sectionId, postmortemId, version: input.baseVersion },
      data: {
        body: input.body,
        ...(title !== undefined && { title }),
        version: { increment: 1 },
        updatedById: actor.userId,
      },
    });
    if (count === 0) {
      const theirs = await tx.section.findFirstOrThrow({
        where: { id: sectionId, postmortemId },
        select: {
          title: true,
          body: true,
          version: true,
          updatedAt: true,
          updatedBy: { select: { name: true } },
        },
      });
      // A retry of a save whose answer was lost (it carries the old base
      // version): the section already holds exactly this text. Success.
      if (theirs.body === input.body && (title === undefined || theirs.title === title))
        return { version: theirs.version, savedAt: theirs.updatedAt };
      throw new SectionConflictError({
        title: theirs.title,
        body: theirs.body,
        version: theirs.version,
        updatedBy: theirs.updatedBy?.name ?? null,
        updatedAt: theirs.updatedAt.toISOString(),
      });
    }
    const after = await tx.section.findUniqueOrThrow({
      where: { id: sectionId },
      select: { title: true, body: true, version: true, updatedAt: true },
    });
    await touch(tx, postmortemId);
    await writeAudit(tx, {
      actorUserId: actor.userId,
      teamId: pm.teamId,
      postmortemId,
      entityType: "Section",
      entityId: sectionId,
      action: "section.updated",
      before: { title: before.title, body: before.body, version: before.version },
      after: { title: after.title, body: after.body, version: after.version },
    });
    await afterContentChange(tx, postmortemId, actor.userId);
    return { version: after.version, savedAt: after.updatedAt };
  });
}

export function slugify(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48);
  return slug || "section";
}

/**
 * Appends a section; its key is the title slugified and made unique. Adds
 * take the postmortem's row lock first, so several at once (even with the
 * same title) run one after the other and each gets a free key ("title",
 * "title-2", …) and position, as when added one by one. With an idempotency
 * key, a retry of the same attempt returns the first section.
 */
export async function addSection(
  actor: Actor,
  postmortemId: string,
  input: { title: string },
  idempotencyKey?: string | null,
) {
  const title = input.title.trim();
  if (!title) throw new RuleError("Enter a section title.", "title");
  const request = { key: idempotencyKey, action: `section.add:${postmortemId}` };
  return idempotentTransaction(actor.userId, request, async (tx) => {
    const pm = await requireEditable(tx, actor, postmortemId);
    await touch(tx, postmortemId);
    const existing = await tx.section.findMany({
      where: { postmortemId },
      select: { key: true, position: true },
    });
    const keys = new Set(existing.map((s) => s.key));
    const base = slugify(title);
    let key = base;
    for (let n = 2; keys.has(key); n++) key = `${base}-${n}`;
    const position = existing.reduce((max, s) => Math.max(max, s.position), -1) + 1;
    const section = await tx.section.create({
      data: { postmortemId, key, title, position, updatedById: actor.userId },
      select: sectionSelect,
    });
    await writeAudit(tx, {
      actorUserId: actor.userId,
      teamId: pm.teamId,
      postmortemId,
      entityType: "Section",
      entityId: section.id,
      action: "section.added",
      after: { key, title, position },
    });
    await afterContentChange(tx, postmortemId, actor.userId);
    return section;
  });
}

const staleRemoval = () =>
  new ConflictError("Someone changed this section since you loaded it. Reload before removing it.");

/**
 * Removes a section. With `baseVersion`, refuses (conflict) when someone saved
 * it since, so nobody's new text disappears unseen.
 */
export async function removeSection(
  actor: Actor,
  postmortemId: string,
  sectionId: string,
  baseVersion?: number,
) {
  return db.$transaction(async (tx) => {
    const pm = await requireEditable(tx, actor, postmortemId);
    const section = await loadSection(tx, postmortemId, sectionId);
    if (baseVersion !== undefined && section.version !== baseVersion) throw staleRemoval();
    // Of several removals at once one wins (and audits); the others find nothing.
    const { count } = await tx.section.deleteMany({
      where: { id: section.id, ...(baseVersion !== undefined && { version: baseVersion }) },
    });
    if (count === 0) {
      const still = await tx.section.count({ where: { id: section.id } });
      throw still ? staleRemoval() : new NotFoundError("Section not found");
    }
    await touch(tx, postmortemId);
    await writeAudit(tx, {
      actorUserId: actor.userId,
      teamId: pm.teamId,
      postmortemId,
      entityType: "Section",
      entityId: section.id,
      action: "section.removed",
      before: { key: section.key, title: section.title, body: section.body, position: section.position },
    });
    await afterContentChange(tx, postmortemId, actor.userId);
  });
}

/** Swaps a section with its neighbour above or below. */
export async function moveSection(
  actor: Actor,
  postmortemId: string,
  sectionId: string,
  direction: "up" | "down",
) {
  return db.$transaction(async (tx) => {
    const pm = await requireEditable(tx, actor, postmortemId);
    const sections = await tx.section.findMany({
      where: { postmortemId },
      select: { id: true, position: true },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    });
    const index = sections.findIndex((s) => s.id === sectionId);
    if (index < 0) throw new NotFoundError("Section not found");
    const other = sections[direction === "up" ? index - 1 : index + 1];
    if (!other) return { moved: false };
    // Renumber densely so equal positions cannot make the swap a no-op.
    const order = sections.map((s) => s.id);
    order[index] = other.id;
    order[direction === "up" ? index - 1 : index + 1] = sectionId;
    for (const [position, id] of order.entries()) {
      if (sections[position]?.id !== id || sections[position]?.position !== position)
        await tx.section.update({ where: { id }, data: { position } });
    }
    await touch(tx, postmortemId);
    await writeAudit(tx, {
      actorUserId: actor.userId,
      teamId: pm.teamId,
      postmortemId,
      entityType: "Section",
      entityId: sectionId,
      action: "section.moved",
      before: { position: index },
      after: { position: direction === "up" ? index - 1 : index + 1 },
    });
    return { moved: true };
  });
}

// ------------------------------------------------------------------ header

const headerSelect = { ...headerFieldsSelect, version: true } as const;

/**
 * Saves changed header fields with field-level merging: each changed field's
 * stored value must still equal the client's base (or already equal the new
 * value). Fields others changed meanwhile don't matter; when one of the
 * changed fields moved on, nothing is applied and HeaderConflictError lists
 * the conflicting fields with their current values.
 */
export async function saveHeader(actor: Actor, postmortemId: string, input: SaveHeaderInput) {
  return db.$transaction(async (tx) => {
    const pm = await requireEditable(tx, actor, postmortemId);
    // Bumping the version first takes the row lock, so concurrent header
    // saves compare against each other's committed values, never stale ones.
    const row = await tx.postmortem.update({
      where: { id: postmortemId },
      data: { version: { increment: 1 } },
      select: headerSelect,
    });
    const stored = toHeaderValues(row);
    const changes = Object.entries(input.changes) as [HeaderKey, string][];

    const conflicts: Partial<HeaderValues> = {};
    for (const [key, value] of changes) {
      const current = stored[key];
      const base = canonicalHeaderValue(key, input.base[key] ?? "");
      if (base !== current && canonicalHeaderValue(key, value) !== current) conflicts[key] = current;
    }
    if (Object.keys(conflicts).length > 0) throw new HeaderConflictError(conflicts, stored);

    const merged: HeaderValues = { ...stored };
    for (const [key, value] of changes) merged[key] = canonicalHeaderValue(key, value);

    const errors: FieldErrors = {};
    const fail = (field: string, message: string) => void (errors[field] ??= []).push(message);

    if (!merged.title.trim()) fail("title", "Enter a title.");
    // A level the scale no longer uses may stay (it was set before), but not be chosen anew.
    if (merged.severity !== stored.severity) {
      const scale = await readSeverityScale(tx);
      if (!isInScale(scale, merged.severity))
        fail("severity", `Choose a severity on this organisation's scale (${severityRange(scale)}).`);
    }
    const zone = merged.incidentTimeZone;
    const milestones: Milestones = {};
    for (const key of milestoneKeys) {
      const value = merged[key];
      const at = value ? parseLocalDateTime(value, zone) : null;
      if (value && !at) fail(key, "Enter a valid date and time.");
      milestones[key] = at;
    }
    for (const issue of checkMilestoneOrder(milestones)) fail(issue.field, issue.message);

    if (input.changes.ownerId !== undefined && input.changes.ownerId !== row.ownerId) {
      // Handing a postmortem under review to someone else would let its writer
      // pose as a reviewer; from review on, only a manager reassigns it.
      if (
        pm.status !== "DRAFT" &&
        pm.status !== "CHANGES_REQUESTED" &&
        !canManageTeam(roleIn(actor, pm.teamId))
      )
        fail("ownerId", "While it is in review, only a manager of the team can change the owner.");
      const membership = await tx.membership.findFirst({
        where: { teamId: pm.teamId, userId: input.changes.ownerId, user: { deactivatedAt: null } },
        select: { role: true },
      });
      if (!canWrite(membership?.role)) fail("ownerId", "The owner must be a writer (or above) of this team.");
    }
    const revenue = merged.revenueImpact ? parseMajorAmount(merged.revenueImpact) : null;
    if (merged.revenueImpact && revenue == null) fail("revenueImpact", "Enter an amount like 1250.50.");
    if (revenue != null && !merged.impactCurrency)
      fail("impactCurrency", "Choose the currency of the revenue impact.");
    if (Object.keys(errors).length > 0) throw new FieldRuleError(errors);

    const int = (v: string) => (v === "" ? null : Number(v));
    const data: Prisma.PostmortemUpdateInput = {};
    for (const [key] of changes) {
      const v = merged[key];
      switch (key) {
        case "title":
          data.title = v.trim();
          break;
        case "summary":
        case "impactNotes":
          data[key] = v;
          break;
        case "severity":
          data.severity = v as Severity;
          break;
        case "ownerId":
          data.owner = { connect: { id: v } };
          break;
        case "incidentTimeZone":
          data.incidentTimeZone = v;
          break;
        case "customersAffected":
        case "usersAffected":
        case "impactDurationMinutes":
        case "supportTickets":
          data[key] = int(v);
          break;
        case "revenueImpact":
          data.revenueImpactMinor = revenue;
          break;
        case "impactCurrency":
        case "sloImpact":
          data[key] = v || null;
          break;
        default:
          data[key] = milestones[key] ?? null;
      }
    }
    // A new zone re-reads every milestone's wall-clock time in that zone.
    if (input.changes.incidentTimeZone !== undefined)
      for (const key of milestoneKeys) data[key] = milestones[key] ?? null;

    const updated = await tx.postmortem.update({ where: { id: postmortemId }, data, select: headerSelect });
    // Milestones set here win over the events that marked them at other times.
    await detachStaleMarkers(
      tx,
      postmortemId,
      Object.fromEntries(milestoneKeys.filter((k) => k in data).map((k) => [k, updated[k]])),
    );
    const after = toHeaderValues(updated);
    const changedKeys = headerKeys.filter((k) => after[k] !== stored[k] || k in input.changes);
    // A change of owner is its own audit event: it routes the postmortem but
    // writes none of it (workflow/authorship.ts), unlike every other header field.
    const contentKeys = changedKeys.filter((k) => k !== "ownerId");
    const audit = { actorUserId: actor.userId, teamId: pm.teamId, postmortemId, entityType: "Postmortem" };
    if (after.ownerId !== stored.ownerId)
      await writeAudit(tx, {
        ...audit,
        entityId: postmortemId,
        action: "postmortem.owner_changed",
        before: { ownerId: stored.ownerId },
        after: { ownerId: after.ownerId },
      });
    if (contentKeys.length > 0)
      await writeAudit(tx, {
        ...audit,
        entityId: postmortemId,
        action: "postmortem.header_updated",
        before: Object.fromEntries(contentKeys.map((k) => [k, stored[k]])),
        after: Object.fromEntries(contentKeys.map((k) => [k, after[k]])),
      });
    // An owner change alone is no edit: no snapshot in the editor's name.
    if (contentKeys.length > 0) await afterContentChange(tx, postmortemId, actor.userId);
    return { version: updated.version, values: after };
  });
}

// ---------------------------------------------------------------- presence

/**
 * Who takes part in presence on a postmortem: members of its team and the
 * reviewers explicitly assigned to it. Readers from elsewhere (a share, or
 * organisation-wide visibility) neither see who has it open nor are shown.
 */
function presenceCircle(postmortemId: string, teamId: string): Prisma.UserWhereInput {
  return {
    OR: [{ memberships: { some: { teamId } } }, { reviewAssignments: { some: { postmortemId } } }],
  };
}

/**
 * Records that the actor has the postmortem open and returns the names of the
 * others seen within the presence window, both only within its presence
 * circle (above). Anyone who can read it may call it; outside the circle it
 * records nothing and returns nobody.
 */
export async function heartbeat(actor: Actor, postmortemId: string, now = new Date()) {
  const pm = await requireVisiblePostmortem(db, actor, postmortemId);
  const circle = presenceCircle(pm.id, pm.teamId);
  const inCircle = await db.user.count({ where: { AND: [{ id: actor.userId }, circle] } });
  if (inCircle === 0) return [];
  await db.postmortemPresence.upsert({
    where: { postmortemId_userId: { postmortemId, userId: actor.userId } },
    create: { postmortemId, userId: actor.userId, lastSeenAt: now },
    update: { lastSeenAt: now },
  });
  const others = await db.postmortemPresence.findMany({
    where: {
      postmortemId,
      userId: { not: actor.userId },
      lastSeenAt: { gte: new Date(now.getTime() - PRESENCE_WINDOW_MS) },
      user: circle,
    },
    select: { user: { select: { name: true } } },
    orderBy: { user: { name: "asc" } },
  });
  return others.map((o) => o.user.name);
}
