import { z } from "zod";

/**
 * A local wall-clock time "HH:mm". "24:00" is accepted as the end of a day, so that hours
 * can run until midnight without an interval that spills into the next date.
 */
export const TimeOfDaySchema = z.string().regex(/^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/, "expected HH:mm");

export type TimeOfDay = z.infer<typeof TimeOfDaySchema>;

export function minuteOfDay(time: TimeOfDay): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}
