// Sessions (server/auth/sessions.ts, loadActor): one row per signed-in
// browser, checked at every request; revoke one, all, or just sign out here.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { LAST_SEEN_RESOLUTION_MS, loadActor } from "@/server/auth/actor";
import {
  cleanUpSessions,
  endSession,
  listSessions,
  revokeAllSessions,
  revokeSession,
  startSession,
} from "@/server/auth/sessions";
import { makeSession, makeUser } from "./factories";

const HOUR = 3600_000;
const CHROME_LINUX =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const SAFARI_IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

/** A user signed in on a laptop and a phone. */
async function twoDevices() {
  const user = await makeUser();
  const laptop = await makeSession(user.id, { userAgent: CHROME_LINUX, ipAddress: "203.0.113.1" });
  const phone = await makeSession(user.id, { userAgent: SAFARI_IPHONE, ipAddress: "198.51.100.2" });
  const onLaptop = (await loadActor(laptop, HOUR))!;
  return { user, laptop, phone, onLaptop };
}

const valid = async (claims: Parameters<typeof loadActor>[0]) => (await loadActor(claims, HOUR)) !== null;

describe("sessions", () => {
  it("signing out ends this session only: the other device stays signed in", async () => {
    const { user, laptop, phone } = await twoDevices();
    await endSession(user.id, laptop.sessionId);
    expect(await valid(laptop)).toBe(false);
    expect(await valid(phone)).toBe(true);
  });

  it("a sign-out token of another user cannot end my session", async () => {
    const { phone } = await twoDevices();
    const other = await makeUser();
    await endSession(other.id, phone.sessionId);
    expect(await valid(phone)).toBe(true);
  });

  it("revokes one session from the list; the other still works", async () => {
    const { laptop, phone, onLaptop } = await twoDevices();
    await revokeSession(onLaptop, phone.sessionId);
    expect(await valid(phone)).toBe(false);
    expect(await valid(laptop)).toBe(true);
    // Already ended: not found, not a second audit row.
    await expect(revokeSession(onLaptop, phone.sessionId)).rejects.toBeInstanceOf(NotFoundError);
    expect(
      await db.auditEvent.count({ where: { action: "session.revoked", entityId: phone.sessionId } }),
    ).toBe(1);
  });

  it("another user cannot revoke my session, and learns nothing about it", async () => {
    const { phone } = await twoDevices();
    const mallory = await makeUser();
    const asMallory = (await loadActor(await makeSession(mallory.id), HOUR))!;
    await expect(revokeSession(asMallory, phone.sessionId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(revokeSession(asMallory, "no-such-session")).rejects.toBeInstanceOf(NotFoundError);
    expect(await valid(phone)).toBe(true);
    expect((await listSessions(asMallory)).map((s) => s.id)).toEqual([asMallory.sessionId]);
  });

  it("signs out everywhere, this session included", async () => {
    const { user, laptop, phone, onLaptop } = await twoDevices();
    const bystander = await makeSession((await makeUser()).id);
    expect(await revokeAllSessions(onLaptop)).toBe(2);
    expect(await valid(laptop)).toBe(false);
    expect(await valid(phone)).toBe(false);
    expect(await valid(bystander)).toBe(true);
    // Signing in again afterwards works.
    const fresh = await makeSession(user.id);
    expect(await valid(fresh)).toBe(true);
  });

  it("rejects a token whose session row is missing or belongs to someone else", async () => {
    const { laptop } = await twoDevices();
    const other = await makeUser();
    expect(await valid({ ...laptop, sessionId: "cmissing000000000000000000" })).toBe(false);
    expect(await valid({ ...laptop, userId: other.id, sessionVersion: other.sessionVersion })).toBe(false);
  });

  it("lists the active sessions with device, address and times, this one first and marked", async () => {
    const { phone, onLaptop } = await twoDevices();
    await revokeSession(onLaptop, (await makeSession(onLaptop.userId)).sessionId);
    const list = await listSessions(onLaptop);
    expect(list).toHaveLength(2);
    expect(list[0]).toMatchObject({
      id: onLaptop.sessionId,
      current: true,
      device: "Chrome on Linux",
      address: "203.0.113.1",
    });
    expect(list[1]).toMatchObject({ id: phone.sessionId, current: false, device: "Safari on iPhone" });
    expect(list[1]!.createdAt).toBeInstanceOf(Date);
    expect(list[1]!.lastSeenAt).toBeInstanceOf(Date);
  });

  it("records activity at most once a minute, with the address it came from", async () => {
    const user = await makeUser();
    const now = new Date();
    const sessionId = await startSession(user.id, { address: "203.0.113.1", userAgent: CHROME_LINUX }, now);
    const claims = {
      userId: user.id,
      sessionId,
      sessionVersion: user.sessionVersion,
      authTime: now.getTime(),
    };
    const seen = async () => db.userSession.findUniqueOrThrow({ where: { id: sessionId } });

    await loadActor(claims, HOUR, now.getTime() + 30_000, "198.51.100.7");
    expect((await seen()).lastSeenAt).toEqual(now);
    const later = now.getTime() + LAST_SEEN_RESOLUTION_MS + 1;
    await loadActor(claims, HOUR, later, "198.51.100.7");
    expect(await seen()).toMatchObject({ lastSeenAt: new Date(later), ipAddress: "198.51.100.7" });
  });

  it("cleans up revoked and expired rows, keeps live ones", async () => {
    const user = await makeUser();
    const day = 24 * HOUR;
    const now = new Date();
    // Rows made directly: startSession() itself cleans up now and then.
    const row = async (createdAt: Date, revokedAt: Date | null = null) =>
      (await db.userSession.create({ data: { userId: user.id, createdAt, revokedAt }, select: { id: true } }))
        .id;
    const live = await row(now);
    await row(new Date(now.getTime() - 8 * day)); // past the lifetime
    await row(now, new Date(now.getTime() - 2 * day)); // revoked two days ago
    const revokedJustNow = await row(now, now);

    expect(await cleanUpSessions(now, 7 * day)).toBe(2);
    const left = (await db.userSession.findMany({ select: { id: true } })).map((s) => s.id).sort();
    expect(left).toEqual([live, revokedJustNow].sort());
  });
});
