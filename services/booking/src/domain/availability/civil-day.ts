import { type CalendarDate } from "@counselling/contracts";

/**
 * A local calendar date as a whole number of days since 1970-01-01 ("epoch day").
 * Plain integers make iterating dates and looking up weekly hours free of time zones;
 * the zone only matters when a wall-clock time on that date becomes an instant.
 */
export const MS_PER_MINUTE = 60_000;
export const MS_PER_DAY = 86_400_000;

export function epochDayOf(date: CalendarDate): number {
  return Date.parse(date) / MS_PER_DAY;
}

/** Monday = 1 … Sunday = 7; 1970-01-01 was a Thursday. */
export function isoWeekdayOf(epochDay: number): number {
  return ((((epochDay + 3) % 7) + 7) % 7) + 1;
}
