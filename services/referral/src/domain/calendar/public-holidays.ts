import type { CalendarDate, FederalState } from "@counselling/contracts";
import Holidays from "date-holidays";

/**
 * Public holidays (type "public") of a German Land. Bank and observance days (e.g.
 * Heiligabend) are working days. date-holidays builds a whole year at a time and that is
 * slow, so each (Land, year) set is computed once per process.
 */
const calendars = new Map<FederalState, Holidays>();
const holidaysByYear = new Map<string, ReadonlySet<CalendarDate>>();

export function isPublicHoliday(federalState: FederalState, date: CalendarDate): boolean {
  return publicHolidaysOf(federalState, Number(date.slice(0, 4))).has(date);
}

function publicHolidaysOf(federalState: FederalState, year: number): ReadonlySet<CalendarDate> {
  const key = `${federalState}:${year}`;
  const cached = holidaysByYear.get(key);
  if (cached !== undefined) return cached;
  const dates = new Set(
    calendarOf(federalState)
      .getHolidays(year)
      .filter((holiday) => holiday.type === "public")
      // `date` is the local date in the Land ("2026-11-18 00:00:00").
      .map((holiday) => holiday.date.slice(0, 10)),
  );
  holidaysByYear.set(key, dates);
  return dates;
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
