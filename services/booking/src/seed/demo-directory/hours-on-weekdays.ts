import type { LocalTime, WeeklyInterval } from "../../domain/directory/opening-hours";

// ISO weekdays by name, so that seed hours read like the sign on the office door.
export const MON = 1;
export const TUE = 2;
export const WED = 3;
export const THU = 4;
export const FRI = 5;

/** The same interval on several weekdays: `onWeekdays([MON, TUE], "09:00", "12:30")`. */
export function onWeekdays(weekdays: readonly number[], start: LocalTime, end: LocalTime): WeeklyInterval[] {
  return weekdays.map((weekday) => ({ weekday, start, end }));
}
