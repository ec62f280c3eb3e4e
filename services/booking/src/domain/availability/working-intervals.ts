import { epochDayOf, isoWeekdayOf } from "./civil-day";
import { toMinuteInterval } from "./daily-interval";
import { type DatedException } from "./dated-exception";
import { type HalfOpenInterval } from "./half-open-interval";
import { intersectIntervals } from "./intersect-intervals";
import { mergeIntervals } from "./merge-intervals";
import { type WeeklyHours } from "./weekly-hours";

/** Minutes after local midnight during which a party is open on a given epoch day. */
export type WorkingMinutesOn = (epochDay: number) => readonly HalfOpenInterval[];

/**
 * Prepares the hours of a location or a counsellor for day-by-day look-up: a dated
 * exception replaces the weekly hours of its date (closed → nothing), otherwise the
 * weekday's intervals apply. Everything is merged up front so each day is a lookup.
 */
export function workingMinutesByDay(
  weeklyHours: WeeklyHours,
  exceptions: readonly DatedException[],
): WorkingMinutesOn {
  const byWeekday = Array.from({ length: 8 }, (_, weekday) =>
    mergeIntervals(weeklyHours.filter((hours) => hours.weekday === weekday).map(toMinuteInterval)),
  );
  const byDate = new Map(
    exceptions.map((exception) => [
      epochDayOf(exception.date),
      exception.open ? mergeIntervals(exception.intervals.map(toMinuteInterval)) : [],
    ]),
  );
  return (epochDay) => byDate.get(epochDay) ?? byWeekday[isoWeekdayOf(epochDay)] ?? [];
}

/** Where the appointment and its buffers may lie: open at the location AND worked by the counsellor. */
export function sharedWorkingMinutes(
  location: WorkingMinutesOn,
  counsellor: WorkingMinutesOn,
): WorkingMinutesOn {
  return (epochDay) => {
    const locationMinutes = location(epochDay);
    return locationMinutes.length === 0 ? [] : intersectIntervals(locationMinutes, counsellor(epochDay));
  };
}
