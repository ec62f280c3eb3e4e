import { berlinMonthOf, countMonthly, instantsOfMonths } from "./monthly-counts";

describe("monthly appointment counts", () => {
  it("buckets by the Berlin month of the start, not the UTC one", () => {
    expect(berlinMonthOf("2026-01-31T23:30:00Z")).toBe("2026-02"); // 00:30 on 1 February in Berlin (CET)
    expect(berlinMonthOf("2026-06-30T22:30:00Z")).toBe("2026-07"); // 00:30 on 1 July (CEST, +2)
    expect(berlinMonthOf("2026-06-30T21:30:00Z")).toBe("2026-06");
    expect(berlinMonthOf(new Date("2026-12-31T22:59:59Z"))).toBe("2026-12");
  });

  it("counts per month, service kind and status, sorted", () => {
    const rows = countMonthly([
      { serviceKind: "psychosocial_centre", startsAt: "2026-11-30T08:00:00Z", status: "completed" },
      { serviceKind: "adult_migration_counselling", startsAt: "2026-11-02T08:00:00Z", status: "booked" },
      { serviceKind: "adult_migration_counselling", startsAt: "2026-11-03T08:00:00Z", status: "booked" },
      { serviceKind: "adult_migration_counselling", startsAt: "2026-10-31T23:10:00Z", status: "no_show" },
      { serviceKind: "adult_migration_counselling", startsAt: "2026-10-31T22:50:00Z", status: "no_show" },
    ]);
    expect(rows).toEqual([
      { month: "2026-10", serviceKind: "adult_migration_counselling", status: "no_show", count: 1 },
      { month: "2026-11", serviceKind: "adult_migration_counselling", status: "booked", count: 2 },
      { month: "2026-11", serviceKind: "adult_migration_counselling", status: "no_show", count: 1 },
      { month: "2026-11", serviceKind: "psychosocial_centre", status: "completed", count: 1 },
    ]);
    expect(countMonthly([])).toEqual([]);
  });

  it("turns a month range into Berlin instants, the end month included", () => {
    expect(instantsOfMonths({ from: "2026-03", to: "2026-03" })).toEqual({
      from: new Date("2026-02-28T23:00:00Z"),
      to: new Date("2026-03-31T22:00:00Z"), // summer time began on 29 March
    });
    expect(instantsOfMonths({})).toEqual({});
    expect(instantsOfMonths({ to: "2026-12" })).toEqual({ to: new Date("2026-12-31T23:00:00Z") });
  });
});
