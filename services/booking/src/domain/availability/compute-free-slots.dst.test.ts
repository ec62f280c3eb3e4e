import { DateTime } from "luxon";
import { computeFreeSlots } from "./compute-free-slots";
import { aFreeSlotQuery, EVERY_DAY, hoursOn, someRules, startsOf } from "./free-slot-query.mother";

// Location and counsellor both work 01:00–04:00 (across the switch hour) and 09:00–12:00.
const nightAndMorning = hoursOn(EVERY_DAY, ["01:00", "04:00"], ["09:00", "12:00"]);
const halfHourGrid = someRules({ durationMinutes: 60, slotStepMinutes: 30 });

function slotsOnLocalDate(date: string, overrides: Parameters<typeof aFreeSlotQuery>[0] = {}) {
  const day = DateTime.fromISO(date, { zone: "Europe/Berlin" });
  return computeFreeSlots(
    aFreeSlotQuery({
      from: new Date(day.toMillis()).toISOString(),
      to: new Date(day.plus({ days: 1 }).toMillis()).toISOString(),
      locationHours: nightAndMorning,
      counsellorHours: nightAndMorning,
      rules: halfHourGrid,
      ...overrides,
    }),
  );
}
const berlinTime = (instant: string) => DateTime.fromISO(instant, { zone: "Europe/Berlin" }).toISO();

describe("computeFreeSlots: UTC offsets of Europe/Berlin", () => {
  const nineToFive = hoursOn(EVERY_DAY, ["09:00", "17:00"]);
  const rules = someRules({ durationMinutes: 60, slotStepMinutes: 60 });
  const day = (date: string) =>
    slotsOnLocalDate(date, { locationHours: nineToFive, counsellorHours: nineToFive, rules });

  it("puts a 09:00–17:00 winter day at 08:00–16:00Z", () => {
    const slots = day("2026-01-14");
    expect(slots[0]).toEqual({ start: "2026-01-14T08:00:00.000Z", end: "2026-01-14T09:00:00.000Z" });
    expect(slots.at(-1)).toEqual({ start: "2026-01-14T15:00:00.000Z", end: "2026-01-14T16:00:00.000Z" });
    expect(slots).toHaveLength(8);
  });

  it("puts a 09:00–17:00 summer day at 07:00–15:00Z", () => {
    const slots = day("2026-07-15");
    expect(slots[0]).toEqual({ start: "2026-07-15T07:00:00.000Z", end: "2026-07-15T08:00:00.000Z" });
    expect(slots.at(-1)).toEqual({ start: "2026-07-15T14:00:00.000Z", end: "2026-07-15T15:00:00.000Z" });
    expect(slots).toHaveLength(8);
  });
});

describe("computeFreeSlots: Sunday 2026-03-29, clocks jump from 02:00 to 03:00", () => {
  it("offers the 3 real hours of 01:00–04:00 and the morning in CEST, nothing in the skipped hour", () => {
    const slots = slotsOnLocalDate("2026-03-29");
    expect(startsOf(slots)).toEqual([
      "2026-03-29T00:00", // 01:00+01:00
      "2026-03-29T00:30", // 01:30+01:00, ends 03:30+02:00: sixty real minutes
      "2026-03-29T01:00", // 03:00+02:00
      "2026-03-29T07:00", // 09:00+02:00
      "2026-03-29T07:30",
      "2026-03-29T08:00",
      "2026-03-29T08:30",
      "2026-03-29T09:00", // 11:00+02:00, ends at 12:00
    ]);
    expect(berlinTime(slots[1]!.end)).toBe("2026-03-29T03:30:00.000+02:00");
    for (const slot of slots)
      expect(DateTime.fromISO(slot.start, { zone: "Europe/Berlin" }).hour).not.toBe(2);
  });

  it("starts hours that begin in the skipped hour at the switch (03:00), and ends them there", () => {
    const startInGap = hoursOn(EVERY_DAY, ["02:30", "05:00"]);
    const endInGap = hoursOn(EVERY_DAY, ["00:00", "02:30"]);
    const rules = someRules({ durationMinutes: 60, slotStepMinutes: 60 });
    expect(
      startsOf(
        slotsOnLocalDate("2026-03-29", { locationHours: startInGap, counsellorHours: startInGap, rules }),
      ),
    ).toEqual(["2026-03-29T01:00", "2026-03-29T02:00"]);
    expect(
      startsOf(slotsOnLocalDate("2026-03-29", { locationHours: endInGap, counsellorHours: endInGap, rules })),
    ).toEqual([
      "2026-03-28T23:00", // 00:00+01:00
      "2026-03-29T00:00", // 01:00+01:00, ends at the switch
    ]);
  });

  it("uses +02:00 on the Monday after", () => {
    expect(startsOf(slotsOnLocalDate("2026-03-30")).slice(-5)).toEqual([
      "2026-03-30T07:00",
      "2026-03-30T07:30",
      "2026-03-30T08:00",
      "2026-03-30T08:30",
      "2026-03-30T09:00",
    ]);
  });
});

describe("computeFreeSlots: Sunday 2026-10-25, clocks fall back from 03:00 to 02:00", () => {
  it("offers the 4 real hours of 01:00–04:00: the repeated hour once in CEST and once in CET", () => {
    const slots = slotsOnLocalDate("2026-10-25");
    expect(startsOf(slots)).toEqual([
      "2026-10-24T23:00", // 01:00+02:00
      "2026-10-24T23:30",
      "2026-10-25T00:00", // 02:00+02:00, first occurrence
      "2026-10-25T00:30",
      "2026-10-25T01:00", // 02:00+01:00, second occurrence
      "2026-10-25T01:30",
      "2026-10-25T02:00", // 03:00+01:00, ends at 04:00
      "2026-10-25T08:00", // 09:00+01:00
      "2026-10-25T08:30",
      "2026-10-25T09:00",
      "2026-10-25T09:30",
      "2026-10-25T10:00",
    ]);
  });

  it("gives back-to-back hourly slots that neither repeat nor overlap", () => {
    const slots = slotsOnLocalDate("2026-10-25", {
      rules: someRules({ durationMinutes: 60, slotStepMinutes: 60 }),
    });
    expect(slots.slice(0, 4).map((slot) => berlinTime(slot.start))).toEqual([
      "2026-10-25T01:00:00.000+02:00",
      "2026-10-25T02:00:00.000+02:00",
      "2026-10-25T02:00:00.000+01:00",
      "2026-10-25T03:00:00.000+01:00",
    ]);
    for (const [index, slot] of slots.entries()) {
      const next = slots[index + 1];
      if (next !== undefined) expect(Date.parse(next.start)).toBeGreaterThanOrEqual(Date.parse(slot.end));
    }
  });

  it("reads hours that begin or end in the repeated hour at its first occurrence", () => {
    const hours = hoursOn(EVERY_DAY, ["02:30", "03:30"]);
    const rules = someRules({ durationMinutes: 30, slotStepMinutes: 30 });
    // 02:30+02:00 until 03:30+01:00: two real hours.
    expect(
      startsOf(slotsOnLocalDate("2026-10-25", { locationHours: hours, counsellorHours: hours, rules })),
    ).toEqual(["2026-10-25T00:30", "2026-10-25T01:00", "2026-10-25T01:30", "2026-10-25T02:00"]);
  });

  it("uses +01:00 on the Monday after", () => {
    expect(startsOf(slotsOnLocalDate("2026-10-26")).slice(-5)).toEqual([
      "2026-10-26T08:00",
      "2026-10-26T08:30",
      "2026-10-26T09:00",
      "2026-10-26T09:30",
      "2026-10-26T10:00",
    ]);
  });
});
