import { describe, expect, it } from "vitest";
import { impactRows } from "./impact";

describe("impact rows", () => {
  it("formats the fields that are set and leaves out the rest", () => {
    const rows = impactRows({
      customersAffected: 12500,
      usersAffected: null,
      impactDurationMinutes: 785,
      revenueImpactMinor: 1234567n,
      impactCurrency: "EUR",
      sloImpact: null,
      supportTickets: 0,
    });
    expect(rows).toEqual([
      ["Customers affected", "12,500"],
      ["Impact duration", "13 h 5 min"],
      ["Revenue impact", "€12,345.67"],
      ["Support tickets", "0"],
    ]);
  });
});
