import { CalendarDateSchema } from "@counselling/contracts";
import { z } from "zod";
import { onlyWhenFieldsAreValid } from "./cross-field-check";
import { repeatedValues } from "./unique-list";

// Local copies of the availability module's WeeklyHoursSchema and DatedExceptionSchema,
// same shape; to be replaced by imports when the two are unified.

/** A wall-clock time in Europe/Berlin, "HH:mm", 00:00–23:59. */
export const LocalTimeSchema = z
  .string()
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'A time is written "HH:mm" between 00:00 and 23:59');

/** ISO weekday: Monday is 1, Sunday is 7 (Luxon's and ISO 8601's numbering). */
export const WeekdaySchema = z.number().int().min(1).max(7);

const endsAfterStart = (range: { start: string; end: string }) => range.end > range.start;
const endAfterStart = {
  message: "The end must be after the start",
  path: ["end"],
  ...onlyWhenFieldsAreValid,
};

/** A stretch of one day, [start, end). Zero-padded "HH:mm" strings compare like times. */
export const LocalTimeRangeSchema = z
  .object({ start: LocalTimeSchema, end: LocalTimeSchema })
  .refine(endsAfterStart, endAfterStart);

export const WeeklyIntervalSchema = z
  .object({ weekday: WeekdaySchema, start: LocalTimeSchema, end: LocalTimeSchema })
  .refine(endsAfterStart, endAfterStart);

type TimeRange = z.infer<typeof LocalTimeRangeSchema>;

function firstOverlap<Range extends TimeRange>(ranges: readonly Range[]): [Range, Range] | null {
  const sorted = [...ranges].sort((a, b) => a.start.localeCompare(b.start));
  for (let index = 1; index < sorted.length; index++) {
    const [previous, current] = [sorted[index - 1], sorted[index]];
    if (previous && current && current.start < previous.end) return [previous, current];
  }
  return null;
}

/** Overlapping intervals would double the slots of that time, so they are refused. */
export const WeeklyHoursSchema = z.array(WeeklyIntervalSchema).superRefine((hours, context) => {
  for (const weekday of new Set(hours.map((interval) => interval.weekday))) {
    const overlap = firstOverlap(hours.filter((interval) => interval.weekday === weekday));
    if (overlap) {
      const [a, b] = overlap;
      context.addIssue({
        code: "custom",
        message: `Weekday ${weekday}: ${a.start}–${a.end} overlaps ${b.start}–${b.end}`,
      });
    }
  }
}, onlyWhenFieldsAreValid);

/**
 * A day that differs from the weekly hours: closed (holiday, team day) or open with
 * its own intervals (a Saturday information day). Public holidays of the federal
 * state need no entry; they come from date-holidays.
 */
export const DatedExceptionSchema = z.discriminatedUnion("open", [
  z.object({ date: CalendarDateSchema, open: z.literal(false) }),
  z.object({
    date: CalendarDateSchema,
    open: z.literal(true),
    intervals: z
      .array(LocalTimeRangeSchema)
      .min(1, "An open exception needs at least one interval")
      .refine((intervals) => firstOverlap(intervals) === null, {
        message: "Intervals of one day must not overlap",
        ...onlyWhenFieldsAreValid,
      }),
  }),
]);

/** One exception per date: two entries for the same day would contradict each other. */
export const DatedExceptionsSchema = z.array(DatedExceptionSchema).superRefine((exceptions, context) => {
  const repeated = repeatedValues(exceptions.map((exception) => exception.date));
  if (repeated.length > 0) {
    context.addIssue({ code: "custom", message: `Exception dates must not repeat: ${repeated.join(", ")}` });
  }
}, onlyWhenFieldsAreValid);

export type LocalTime = z.infer<typeof LocalTimeSchema>;
export type Weekday = z.infer<typeof WeekdaySchema>;
export type LocalTimeRange = z.infer<typeof LocalTimeRangeSchema>;
export type WeeklyInterval = z.infer<typeof WeeklyIntervalSchema>;
export type WeeklyHours = z.infer<typeof WeeklyHoursSchema>;
export type DatedException = z.infer<typeof DatedExceptionSchema>;
