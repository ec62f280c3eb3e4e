import { computeFreeSlots } from "./compute-free-slots";
import { aFreeSlotQuery, hoursOn, MONDAY_TO_FRIDAY, someRules, startsOf } from "./free-slot-query.mother";

// Wednesday 2026-01-14 is a winter day: local = UTC + 1 h, so 09:00 local is 08:00Z.
const morning = hoursOn(MONDAY_TO_FRIDAY, ["09:00", "13:00"]);
const slots = (overrides: Parameters<typeof aFreeSlotQuery>[0]) =>
  startsOf(
    computeFreeSlots(aFreeSlotQuery({ locationHours: morning, counsellorHours: morning, ...overrides })),
  );

describe("computeFreeSlots: hours", () => {
  it("leaves out a lunch break", () => {
    const counsellorHours = hoursOn(MONDAY_TO_FRIDAY, ["09:00", "12:00"], ["13:00", "15:00"]);
    const rules = someRules({ durationMinutes: 60, slotStepMinutes: 30 });
    expect(
      slots({ counsellorHours, locationHours: hoursOn(MONDAY_TO_FRIDAY, ["08:00", "18:00"]), rules }),
    ).toEqual([
      "2026-01-14T08:00",
      "2026-01-14T08:30",
      "2026-01-14T09:00",
      "2026-01-14T09:30",
      "2026-01-14T10:00", // ends 11:00Z = 12:00 local
      "2026-01-14T12:00", // 13:00 local
      "2026-01-14T12:30",
      "2026-01-14T13:00",
    ]);
  });

  it("uses the intersection of location and counsellor hours, the grid starting where both are open", () => {
    const locationHours = hoursOn(MONDAY_TO_FRIDAY, ["08:00", "14:00"]);
    const counsellorHours = hoursOn(MONDAY_TO_FRIDAY, ["10:10", "18:00"]);
    const rules = someRules({ durationMinutes: 60, slotStepMinutes: 30 });
    expect(slots({ locationHours, counsellorHours, rules })).toEqual([
      "2026-01-14T09:10",
      "2026-01-14T09:40",
      "2026-01-14T10:10",
      "2026-01-14T10:40",
      "2026-01-14T11:10",
      "2026-01-14T11:40",
    ]);
  });

  it("offers nothing on a date the location is closed", () => {
    const locationExceptions = [{ date: "2026-01-14", open: false as const }];
    expect(slots({ locationExceptions })).toEqual([]);
    expect(
      slots({ locationExceptions, from: "2026-01-14T23:00:00Z", to: "2026-01-15T23:00:00Z" }),
    ).toHaveLength(4);
  });

  it("replaces the weekly hours of a date by its special hours", () => {
    const counsellorExceptions = [
      { date: "2026-01-14", open: true as const, intervals: [{ start: "11:00", end: "13:30" }] },
    ];
    expect(slots({ counsellorExceptions })).toEqual(["2026-01-14T10:00", "2026-01-14T11:00"]);
  });

  it("opens a normally closed Saturday when both location and counsellor have special hours", () => {
    const saturday = {
      date: "2026-01-17",
      open: true as const,
      intervals: [{ start: "10:00", end: "12:00" }],
    };
    const range = { from: "2026-01-16T23:00:00Z", to: "2026-01-17T23:00:00Z" };
    expect(slots({ ...range, locationExceptions: [saturday] })).toEqual([]);
    expect(slots({ ...range, locationExceptions: [saturday], counsellorExceptions: [saturday] })).toEqual([
      "2026-01-17T09:00",
      "2026-01-17T10:00",
    ]);
  });

  it("reads the hours in the given time zone", () => {
    expect(slots({ timeZone: "America/New_York", to: "2026-01-15T05:00:00Z" })).toEqual([
      "2026-01-14T14:00",
      "2026-01-14T15:00",
      "2026-01-14T16:00",
      "2026-01-14T17:00",
    ]);
  });
});
