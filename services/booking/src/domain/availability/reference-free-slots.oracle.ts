import Holidays from "date-holidays";
import { DateTime } from "luxon";
import { type DatedException } from "./dated-exception";
import { type FreeSlotQuery } from "./free-slot-query";
import { type WeeklyHours } from "./weekly-hours";

/**
 * Test oracle: the availability rules written the slow, obvious way (minute by minute,
 * luxon for every date), to compare `computeFreeSlots`
 * against. Valid for hours that avoid 02:00–04:00, where luxon's and our readings of
 * switch-hour wall times differ on purpose. Not for production use.
 */
export function referenceFreeSlotStarts(query: FreeSlotQuery): number[] {
  const { rules, timeZone: zone } = query;
  const minute = 60_000;
  const now = DateTime.fromISO(query.now, { zone });
  const earliest = Math.max(Date.parse(query.from), now.toMillis() + rules.minimumNoticeMinutes * minute);
  const latest = Math.min(Date.parse(query.to), now.plus({ days: rules.horizonDays }).toMillis());
  const blocked = [...query.busy, ...query.absences].map(
    (b) => [Date.parse(b.start), Date.parse(b.end)] as const,
  );

  const starts: number[] = [];
  let day = DateTime.fromMillis(earliest, { zone }).startOf("day");
  for (; earliest < latest && day.toMillis() < latest; day = day.plus({ days: 1 })) {
    const date = day.toISODate() ?? "";
    if (publicHolidays(query.federalState, day.year).has(date)) continue;
    const mask = workingMinuteMask(query, date, day.weekday);
    const open = (m: number) => mask[m] === true;
    for (let from = 0; from < 24 * 60; from++) {
      if (!open(from)) continue;
      let to = from;
      while (to < 24 * 60 && open(to)) to++;
      // Wall-clock readings, not minutes elapsed since midnight: they differ on switch days.
      const start = atLocalMinute(day, from);
      const end = atLocalMinute(day, to);
      const [before, duration, after] = [
        rules.bufferBeforeMinutes,
        rules.durationMinutes,
        rules.bufferAfterMinutes,
      ];
      for (let t = start; t + (duration + after) * minute <= end; t += rules.slotStepMinutes * minute) {
        const [widenedStart, widenedEnd] = [t - before * minute, t + (duration + after) * minute];
        if (widenedStart < start || t < earliest || t >= latest) continue;
        if (blocked.some(([s, e]) => s < widenedEnd && widenedStart < e)) continue;
        starts.push(t);
      }
      from = to;
    }
  }
  return starts;
}

function atLocalMinute(day: DateTime, m: number): number {
  if (m === 24 * 60) return day.plus({ days: 1 }).toMillis();
  return day.set({ hour: Math.floor(m / 60), minute: m % 60 }).toMillis();
}

// date-holidays' isHoliday() takes about a millisecond per call; a year's list is cheaper.
const holidayCache = new Map<string, Set<string>>();
function publicHolidays(federalState: string, year: number): Set<string> {
  const key = `${federalState}:${year}`;
  let dates = holidayCache.get(key);
  if (dates === undefined) {
    const all = new Holidays("DE", federalState.slice(3)).getHolidays(year);
    dates = new Set(all.filter((h) => h.type === "public").map((h) => h.date.slice(0, 10)));
    holidayCache.set(key, dates);
  }
  return dates;
}

/** Per minute of the local date: whether both location and counsellor work then. */
export function workingMinuteMask(query: FreeSlotQuery, date: string, weekday: number): boolean[] {
  const location = openMinutes(query.locationHours, query.locationExceptions, date, weekday);
  const counsellor = openMinutes(query.counsellorHours, query.counsellorExceptions, date, weekday);
  return location.map((open, m) => open && counsellor[m] === true);
}

function openMinutes(
  hours: WeeklyHours,
  exceptions: DatedException[],
  date: string,
  weekday: number,
): boolean[] {
  const exception = exceptions.find((e) => e.date === date);
  const intervals =
    exception === undefined
      ? hours.filter((h) => h.weekday === weekday)
      : exception.open
        ? exception.intervals
        : [];
  const toMinute = (time: string) => Number(time.split(":")[0]) * 60 + Number(time.split(":")[1]);
  const mask = new Array<boolean>(24 * 60).fill(false);
  for (const interval of intervals) mask.fill(true, toMinute(interval.start), toMinute(interval.end));
  return mask;
}
