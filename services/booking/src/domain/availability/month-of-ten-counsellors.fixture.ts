import { type FreeSlotQueryInput } from "./free-slot-query";
import { hoursOn, MONDAY_TO_FRIDAY } from "./free-slot-query.mother";

/**
 * The workload the fast path is sized for: 30 days for each of 10 counsellors at one
 * Saxon location, across the March switch and Easter, with two bookings a day, some
 * absences and dated exceptions. Shared by the unit test and any benchmark.
 */
const MINUTE = 60_000;
const DAY = 86_400_000;
const FROM = Date.parse("2026-03-15T23:00:00Z"); // Monday 16 March, local midnight
const iso = (ms: number) => new Date(ms).toISOString();

const counsellorHours = [
  hoursOn(MONDAY_TO_FRIDAY, ["09:00", "12:30"], ["13:30", "17:00"]),
  hoursOn([1, 2, 3], ["08:00", "16:00"]),
  hoursOn([2, 4], ["10:00", "18:00"]),
  hoursOn(MONDAY_TO_FRIDAY, ["08:30", "12:00"]),
  [...hoursOn([1, 3, 5], ["12:00", "18:00"]), ...hoursOn([6], ["09:00", "13:00"])],
];

export function monthOfTenCounsellors(): FreeSlotQueryInput[] {
  return Array.from({ length: 10 }, (_, counsellor) => ({
    now: iso(FROM - 3 * DAY + counsellor * 7 * MINUTE),
    from: iso(FROM),
    to: iso(FROM + 30 * DAY),
    federalState: "DE-SN",
    locationHours: [...hoursOn(MONDAY_TO_FRIDAY, ["08:00", "18:00"]), ...hoursOn([6], ["09:00", "13:00"])],
    locationExceptions: [{ date: "2026-03-27", open: false }],
    counsellorHours: counsellorHours[counsellor % counsellorHours.length] ?? [],
    counsellorExceptions: [
      { date: "2026-03-18", open: true, intervals: [{ start: "10:00", end: "14:00" }] },
      { date: "2026-04-08", open: false },
    ],
    absences: [
      { start: iso(FROM + (counsellor + 4) * DAY), end: iso(FROM + (counsellor + 5) * DAY + 12 * 3_600_000) },
    ],
    // Two bookings a day (buffers included), shifted per counsellor so they differ.
    busy: Array.from({ length: 60 }, (_, booking) => {
      const start = FROM + Math.floor(booking / 2) * DAY + (booking % 2 === 0 ? 9 : 14) * 3_600_000;
      const shifted = start + ((counsellor * 25) % 180) * MINUTE;
      return { start: iso(shifted), end: iso(shifted + 65 * MINUTE) };
    }),
    rules: {
      durationMinutes: 50,
      bufferBeforeMinutes: 5,
      bufferAfterMinutes: 10,
      minimumNoticeMinutes: 24 * 60,
      horizonDays: 60,
      slotStepMinutes: 15,
    },
  }));
}
