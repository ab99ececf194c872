// Checks the harness itself (setup.ts, db.ts): the data layer uses this file's
// database, and every test starts from the migrated state.
import { describe, expect, it } from "vitest";
import { db, getDatabase } from "@/lib/db";
import { testDatabase, testDb } from "./db";

const factorCount = 16; // prisma/migrations/*_default_factor_taxonomy

describe("integration test harness", () => {
  it("gives lib/db.ts the test file's migrated database", async () => {
    expect(getDatabase()).toBe(testDatabase());
    expect(testDb()).toBe(getDatabase().prisma);
    expect(await db.contributingFactor.count()).toBe(factorCount);
  });

  it("writes in one test ...", async () => {
    await db.team.create({ data: { slug: "harness", name: "Harness" } });
    await db.contributingFactor.create({
      data: { key: "harness-added", name: "Added by a test", description: "", category: "Test" },
    });
    await db.contributingFactor.update({ where: { key: "testing-gap" }, data: { archivedAt: new Date() } });
    expect(await db.team.count()).toBe(1);
  });

  it("... are gone in the next, and the shipped taxonomy is back as it was", async () => {
    expect(await db.team.count()).toBe(0);
    expect(await db.contributingFactor.count()).toBe(factorCount);
    const factor = await db.contributingFactor.findUniqueOrThrow({ where: { key: "testing-gap" } });
    expect(factor.archivedAt).toBeNull();
  });

  it("keeps password hashes out of query results by default", async () => {
    const user = await db.user.create({ data: { email: "h@example.test", name: "H", passwordHash: "x" } });
    expect(user).not.toHaveProperty("passwordHash");
  });
});
