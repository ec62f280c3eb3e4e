import { type CalendarDate, type FederalState } from "@counselling/contracts";
import Holidays from "date-holidays";
import { epochDayOf, MS_PER_DAY } from "./civil-day";

/**
 * Public holidays (type "public") of a German Land: days on which nothing is booked.
 * Bank, school and observance days (e.g. Heiligabend) stay bookable. date-holidays
 * builds a whole year at a time and that is slow, so each Land's calendar and each
 * (Land, year) set is computed once per process.
 */
const calendars = new Map<FederalState, Holidays>();
const holidaysByYear = new Map<string, ReadonlySet<CalendarDate>>();

export function isPublicHoliday(federalState: FederalState, date: CalendarDate): boolean {
  return publicHolidaysOf(federalState, Number(date.slice(0, 4))).has(date);
}

export function publicHolidaysOf(federalState: FederalState, year: number): ReadonlySet<CalendarDate> {
  const key = `${federalState}:${year}`;
  const cached = holidaysByYear.get(key);
  if (cached !== undefined) return cached;
  const dates = new Set(
    calendarOf(federalState)
      .getHolidays(year)
      .filter((holiday) => holiday.type === "public")
      // `date` is the local date in the Land ("2026-10-31 00:00:00").
      .map((holiday) => holiday.date.slice(0, 10)),
  );
  holidaysByYear.set(key, dates);
  return dates;
}

/** The public holidays between two epoch days (inclusive) as epoch days: a cheap per-day test. */
export function publicHolidayEpochDays(
  federalState: FederalState,
  firstDay: number,
  lastDay: number,
): ReadonlySet<number> {
  const days = new Set<number>();
  const firstYear = new Date(firstDay * MS_PER_DAY).getUTCFullYear();
  const lastYear = new Date(lastDay * MS_PER_DAY).getUTCFullYear();
  for (let year = firstYear; year <= lastYear; year++) {
    for (const date of publicHolidaysOf(federalState, year)) days.add(epochDayOf(date));
  }
  return days;
}

function calendarOf(federalState: FederalState): Holidays {
  let calendar = calendars.get(federalState);
  if (calendar === undefined) {
    // "DE-SN" → country "DE", state "SN": the ISO 3166-2 code split as date-holidays wants it.
    calendar = new Holidays("DE", federalState.slice(3));
    calendars.set(federalState, calendar);
  }
  return calendar;
}
