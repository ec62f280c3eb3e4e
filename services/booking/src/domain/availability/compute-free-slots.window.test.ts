import { computeFreeSlots } from "./compute-free-slots";
import { aFreeSlotQuery, hoursOn, MONDAY_TO_FRIDAY, someRules, startsOf } from "./free-slot-query.mother";

// Wednesday 2026-01-14 is a winter day: local = UTC + 1 h, so 09:00 local is 08:00Z.
const morning = hoursOn(MONDAY_TO_FRIDAY, ["09:00", "13:00"]);
const slots = (overrides: Parameters<typeof aFreeSlotQuery>[0]) =>
  startsOf(
    computeFreeSlots(aFreeSlotQuery({ locationHours: morning, counsellorHours: morning, ...overrides })),
  );

describe("computeFreeSlots: notice, horizon and the asked range", () => {
  const rules = (overrides: Parameters<typeof someRules>[0]) =>
    someRules({ durationMinutes: 30, slotStepMinutes: 30, ...overrides });

  it("starts no earlier than now + minimum notice", () => {
    const now = "2026-01-14T09:10:00Z";
    expect(slots({ now, rules: rules({ minimumNoticeMinutes: 120 }) })).toEqual(["2026-01-14T11:30"]);
  });

  it("starts before now + horizon, counted in local days", () => {
    const now = "2026-01-12T09:00:00Z"; // Monday 10:00 local
    expect(
      slots({ now, from: now, to: "2026-01-20T00:00:00Z", rules: rules({ horizonDays: 2 }) }).slice(-2),
    ).toEqual([
      "2026-01-14T08:00",
      "2026-01-14T08:30", // the last start before Wednesday 10:00 local
    ]);
  });

  it("keeps the local clock time of the horizon across the spring switch", () => {
    const now = "2026-03-27T09:00:00Z"; // Friday 10:00+01:00; the horizon is Monday 10:00+02:00
    const result = slots({ now, from: now, to: "2026-04-01T00:00:00Z", rules: rules({ horizonDays: 3 }) });
    expect(result.slice(-2)).toEqual(["2026-03-30T07:00", "2026-03-30T07:30"]);
  });

  it("returns the slots starting in [from, to)", () => {
    expect(slots({ from: "2026-01-14T09:30:00Z", to: "2026-01-14T11:00:00Z", rules: rules({}) })).toEqual([
      "2026-01-14T09:30",
      "2026-01-14T10:00",
      "2026-01-14T10:30",
    ]);
  });

  it("returns nothing for an empty range", () => {
    expect(slots({ from: "2026-01-14T12:00:00Z", to: "2026-01-14T08:00:00Z" })).toEqual([]);
  });
});
