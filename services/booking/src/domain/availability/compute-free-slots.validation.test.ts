import { ZodError } from "zod";
import { computeFreeSlots } from "./compute-free-slots";
import { aFreeSlotQuery, someRules } from "./free-slot-query.mother";

describe("computeFreeSlots: input validation", () => {
  it.each([
    ["weekday 0", { counsellorHours: [{ weekday: 0, start: "09:00", end: "12:00" }] }],
    [
      "an interval ending before it starts",
      { locationHours: [{ weekday: 1, start: "12:00", end: "09:00" }] },
    ],
    ["a time without leading zero", { locationHours: [{ weekday: 1, start: "9:00", end: "12:00" }] }],
    [
      "two exceptions for one date",
      {
        locationExceptions: [
          { date: "2026-01-14", open: false as const },
          { date: "2026-01-14", open: false as const },
        ],
      },
    ],
    ["an unknown time zone", { timeZone: "Europe/Chemnitz" }],
    [
      "a busy interval ending before it starts",
      { busy: [{ start: "2026-01-14T10:00:00Z", end: "2026-01-14T09:00:00Z" }] },
    ],
    ["an instant with an offset", { now: "2026-01-14T10:00:00+01:00" }],
    ["a zero duration", { rules: someRules({ durationMinutes: 0 }) }],
  ])("refuses %s", (_, overrides) => {
    expect(() => computeFreeSlots(aFreeSlotQuery(overrides))).toThrow(ZodError);
  });
});
