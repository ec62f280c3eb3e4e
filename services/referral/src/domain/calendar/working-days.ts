import { type CalendarDate, type FederalState, serviceTimeZone } from "@counselling/contracts";
import { DateTime } from "luxon";
import { isPublicHoliday } from "./public-holidays";

/** Monday to Friday, except the Land's public holidays. */
export function isWorkingDay(date: CalendarDate, federalState: FederalState): boolean {
  const weekday = DateTime.fromISO(date, { zone: serviceTimeZone }).weekday; // 1 = Monday
  return weekday <= 5 && !isPublicHoliday(federalState, date);
}

/** The calendar day an instant falls on in Berlin. */
export function berlinDateOf(instant: Date): CalendarDate {
  return DateTime.fromJSDate(instant, { zone: serviceTimeZone }).toISODate() ?? invalid(instant);
}

function nextDay(date: CalendarDate): CalendarDate {
  return DateTime.fromISO(date, { zone: serviceTimeZone }).plus({ days: 1 }).toISODate() ?? invalid(date);
}

/** The `count`-th working day after `date` (the day itself does not count). */
export function addWorkingDays(date: CalendarDate, count: number, federalState: FederalState): CalendarDate {
  let day = date;
  for (let left = count; left > 0;) {
    day = nextDay(day);
    if (isWorkingDay(day, federalState)) left--;
  }
  return day;
}

/**
 * The instant a deadline of `count` working days, starting the day after `start`,
 * runs out: midnight in Berlin at the end of its last working day (DST-safe: luxon
 * computes the local midnight, not 24 hours).
 */
export function workingDayDeadline(start: Date, count: number, federalState: FederalState): Date {
  const lastDay = addWorkingDays(berlinDateOf(start), count, federalState);
  return DateTime.fromISO(lastDay, { zone: serviceTimeZone }).plus({ days: 1 }).startOf("day").toJSDate();
}

/**
 * Working days from `from` to `to`: those after `from` up to and including `to`;
 * negative (the working days after `to` up to `from`) when `to` lies before `from`.
 */
export function workingDaysBetween(from: CalendarDate, to: CalendarDate, federalState: FederalState): number {
  if (to < from) return -workingDaysBetween(to, from, federalState);
  let count = 0;
  for (let day = from; day < to;) {
    day = nextDay(day);
    if (isWorkingDay(day, federalState)) count++;
  }
  return count;
}

function invalid(value: unknown): never {
  throw new Error(`not a valid date: ${String(value)}`);
}
