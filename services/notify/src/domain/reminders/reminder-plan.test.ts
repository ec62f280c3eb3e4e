import { afterQuietHours, defaultQuietHours } from "./quiet-hours";
import { planReminders } from "./reminder-plan";

const berlin = "Europe/Berlin";
const at = (iso: string) => new Date(iso);

describe("quiet hours (21:00–08:00 local)", () => {
  it("let a reminder due in the day go at once", () => {
    expect(afterQuietHours(at("2026-03-30T12:00:00Z"), berlin)).toEqual(at("2026-03-30T12:00:00Z"));
  });

  it("hold an evening reminder until 08:00 the next morning", () => {
    // 22:30 Berlin (CEST) → 08:00 next day = 06:00Z
    expect(afterQuietHours(at("2026-06-10T20:30:00Z"), berlin)).toEqual(at("2026-06-11T06:00:00Z"));
  });

  it("hold an early reminder until 08:00 the same morning", () => {
    // 06:15 Berlin in winter (CET) → 08:00 = 07:00Z
    expect(afterQuietHours(at("2026-01-15T05:15:00Z"), berlin)).toEqual(at("2026-01-15T07:00:00Z"));
  });

  it("wake at 08:00 local on the night the clocks change", () => {
    // Sat 28 March 2026 21:30 CET → Sun 29 March 08:00 CEST = 06:00Z
    expect(afterQuietHours(at("2026-03-28T20:30:00Z"), berlin)).toEqual(at("2026-03-29T06:00:00Z"));
    // Sat 24 October 2026 23:00 CEST → Sun 25 October 08:00 CET = 07:00Z
    expect(afterQuietHours(at("2026-10-24T21:00:00Z"), berlin)).toEqual(at("2026-10-25T07:00:00Z"));
  });

  it("treat 21:00 sharp as quiet and 08:00 sharp as allowed", () => {
    expect(afterQuietHours(at("2026-06-10T19:00:00Z"), berlin)).toEqual(at("2026-06-11T06:00:00Z"));
    expect(afterQuietHours(at("2026-06-10T06:00:00Z"), berlin)).toEqual(at("2026-06-10T06:00:00Z"));
  });
});

describe("reminder plan", () => {
  const offsetsMinutes = [1440, 120];

  it("plans 24 h and 2 h before, in the location's zone", () => {
    // Tue 16 June 2026 14:00 CEST = 12:00Z
    const plan = planReminders({
      startsAt: at("2026-06-16T12:00:00Z"),
      timeZone: berlin,
      offsetsMinutes,
      now: at("2026-06-01T10:00:00Z"),
      quietHours: defaultQuietHours,
    });
    expect(plan).toEqual([
      { offsetMinutes: 1440, dueAt: at("2026-06-15T12:00:00Z") },
      { offsetMinutes: 120, dueAt: at("2026-06-16T10:00:00Z") },
    ]);
  });

  it("moves a 2 h reminder of a 09:00 appointment from 07:00 to 08:00", () => {
    const plan = planReminders({
      startsAt: at("2026-06-16T07:00:00Z"),
      timeZone: berlin,
      offsetsMinutes: [120],
      now: at("2026-06-01T10:00:00Z"),
      quietHours: defaultQuietHours,
    });
    expect(plan).toEqual([{ offsetMinutes: 120, dueAt: at("2026-06-16T06:00:00Z") }]);
  });

  it("skips reminders whose time had passed at booking, and those quiet hours push past the start", () => {
    const startsAt = at("2026-06-16T12:00:00Z");
    const late = planReminders({
      startsAt,
      timeZone: berlin,
      offsetsMinutes,
      now: at("2026-06-16T05:00:00Z"),
      quietHours: defaultQuietHours,
    });
    expect(late.map((reminder) => reminder.offsetMinutes)).toEqual([120]);
    const early = planReminders({
      startsAt: at("2026-06-16T05:30:00Z"), // 07:30 local: 2 h before is 05:30 → 08:00, after the start
      timeZone: berlin,
      offsetsMinutes: [120],
      now: at("2026-06-01T10:00:00Z"),
      quietHours: defaultQuietHours,
    });
    expect(early).toEqual([]);
  });
});
