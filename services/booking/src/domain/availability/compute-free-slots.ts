import { IANAZone } from "luxon";
import { bookableWindow } from "./bookable-window";
import { MS_PER_DAY, MS_PER_MINUTE } from "./civil-day";
import { formatInstant } from "./format-instant";
import { type FreeSlot } from "./free-slot";
import { FreeSlotQuerySchema, type FreeSlotQueryInput } from "./free-slot-query";
import { toEpochInterval } from "./instant-interval";
import { mergeIntervals } from "./merge-intervals";
import { slotPlacer } from "./place-slots";
import { publicHolidayEpochDays } from "./public-holidays";
import { localEpochDayOf, wallClockToInstant } from "./wall-clock-to-instant";
import { sharedWorkingMinutes, workingMinutesByDay } from "./working-intervals";

/**
 * The bookable appointment times of one counsellor at one location, sorted by start.
 *
 * Day by day in the query's time zone: skip public holidays of the Land, intersect the
 * location's and the counsellor's hours (dated exceptions first), turn those wall-clock
 * intervals into instants, then walk each one's slot grid past busy time and absences.
 * A slot's buffers must fit in the working interval and stay clear of busy time and
 * absences; busy intervals already carry the buffers of the bookings that made them.
 * Throws a ZodError for malformed input.
 */
export function computeFreeSlots(input: FreeSlotQueryInput): FreeSlot[] {
  const query = FreeSlotQuerySchema.parse(input);
  const zone = IANAZone.create(query.timeZone);
  const window = bookableWindow(query, zone);
  if (window.start >= window.end) return [];

  const workingMinutes = sharedWorkingMinutes(
    workingMinutesByDay(query.locationHours, query.locationExceptions),
    workingMinutesByDay(query.counsellorHours, query.counsellorExceptions),
  );
  const blocked = mergeIntervals([...query.busy, ...query.absences].map(toEpochInterval));
  const placeSlots = slotPlacer(query.rules, window, blocked);

  const starts: number[] = [];
  const firstDay = localEpochDayOf(zone, window.start);
  const lastDay = localEpochDayOf(zone, window.end - 1);
  const holidays = publicHolidayEpochDays(query.federalState, firstDay, lastDay);
  for (let day = firstDay; day <= lastDay; day++) {
    if (holidays.has(day)) continue;
    const midnight = day * MS_PER_DAY;
    for (const minutes of workingMinutes(day)) {
      const start = wallClockToInstant(zone, midnight + minutes.start * MS_PER_MINUTE);
      const end = wallClockToInstant(zone, midnight + minutes.end * MS_PER_MINUTE);
      placeSlots({ start, end }, starts);
    }
  }

  const duration = query.rules.durationMinutes * MS_PER_MINUTE;
  return starts.map((start) => ({
    start: formatInstant(start),
    end: formatInstant(start + duration),
  }));
}
