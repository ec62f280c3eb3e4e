import { FederalStateSchema } from "@counselling/contracts";
import fc from "fast-check";
import { type FreeSlotQueryInput } from "./free-slot-query";

/**
 * fast-check generator of availability queries for property tests. Hours lie within
 * 06:00–22:00 local so that the reference oracle (luxon) reads them unambiguously; the
 * dates still cover the whole of 2026, daylight-saving switches included.
 */
const MINUTE = 60_000;
const DAY = 86_400_000;

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

const dailyInterval = fc
  .integer({ min: 6 * 12, max: 22 * 12 - 1 })
  .chain((start) => fc.tuple(fc.constant(start), fc.integer({ min: start + 1, max: 22 * 12 })))
  .map(([start, end]) => ({ start: hhmm(start * 5), end: hhmm(end * 5) }));

const weeklyHours = (minLength: number) =>
  fc.array(
    fc
      .tuple(fc.integer({ min: 1, max: 7 }), dailyInterval)
      .map(([weekday, interval]) => ({ weekday, ...interval })),
    { minLength, maxLength: 14 },
  );

// Two random sets of hours rarely meet, so half the time the location is open all day.
const locationHours = fc.oneof(
  weeklyHours(0),
  fc.constant([1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: "06:00", end: "22:00" }))),
);
const counsellorHours = weeklyHours(3);

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const isoInstant = (ms: number) => new Date(ms).toISOString();

const exceptionsFrom = (firstDay: number) =>
  fc
    .uniqueArray(
      fc.record({
        day: fc.integer({ min: -1, max: 12 }),
        intervals: fc.option(fc.array(dailyInterval, { minLength: 1, maxLength: 3 }), { nil: undefined }),
      }),
      { selector: (e) => e.day, maxLength: 4 },
    )
    .map((exceptions) =>
      exceptions.map(({ day, intervals }) => {
        const date = isoDate(firstDay + day * DAY);
        return intervals === undefined
          ? { date, open: false as const }
          : { date, open: true as const, intervals };
      }),
    );

const intervalsAround = (from: number, days: number) =>
  fc
    .array(
      fc.record({
        start: fc.integer({ min: -24 * 60, max: (days + 1) * 24 * 60 }),
        length: fc.integer({ min: 1, max: 240 }),
      }),
      { maxLength: 15 },
    )
    .map((list) =>
      list.map(({ start, length }) => ({
        start: isoInstant(from + start * MINUTE),
        end: isoInstant(from + (start + length) * MINUTE),
      })),
    );

const rules = fc.record({
  durationMinutes: fc.integer({ min: 5, max: 180 }),
  bufferBeforeMinutes: fc.integer({ min: 0, max: 60 }),
  bufferAfterMinutes: fc.integer({ min: 0, max: 60 }),
  minimumNoticeMinutes: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 2 * 24 * 60 })),
  horizonDays: fc.integer({ min: 1, max: 30 }),
  slotStepMinutes: fc.integer({ min: 1, max: 120 }),
});

export const freeSlotQueryArbitrary: fc.Arbitrary<FreeSlotQueryInput> = fc
  .record({
    // Day 87 of 2026 is 29 March, day 297 is 25 October: the weeks around the switches.
    firstDay: fc
      .oneof(
        fc.integer({ min: 0, max: 364 }),
        fc.integer({ min: 82, max: 87 }),
        fc.integer({ min: 292, max: 297 }),
      )
      .map((day) => Date.UTC(2026, 0, 1) + day * DAY),
    fromMinute: fc.integer({ min: 0, max: 24 * 60 - 1 }),
    days: fc.integer({ min: 1, max: 10 }),
    nowBefore: fc.integer({ min: 0, max: 3 * DAY }),
  })
  .chain(({ firstDay, fromMinute, days, nowBefore }) => {
    const from = firstDay + fromMinute * MINUTE;
    return fc.record({
      now: fc.constant(isoInstant(from - nowBefore)),
      from: fc.constant(isoInstant(from)),
      to: fc.constant(isoInstant(from + days * DAY)),
      timeZone: fc.constantFrom("Europe/Berlin", "Europe/Berlin", "America/New_York", "Asia/Kolkata"),
      federalState: fc.constantFrom(...FederalStateSchema.options),
      locationHours,
      locationExceptions: exceptionsFrom(firstDay),
      counsellorHours,
      counsellorExceptions: exceptionsFrom(firstDay),
      absences: intervalsAround(from, days),
      busy: intervalsAround(from, days),
      rules,
    });
  });
