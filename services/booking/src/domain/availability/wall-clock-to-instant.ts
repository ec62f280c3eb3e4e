import { type IANAZone } from "luxon";
import { MS_PER_DAY, MS_PER_MINUTE } from "./civil-day";

/**
 * Local wall-clock time is handled as "local milliseconds": the epoch milliseconds the
 * same clock reading would have in UTC (09:00 on 2026-03-30 → Date.UTC(2026, 2, 30, 9)).
 * The offsets around one local date: `offsetBefore` until the instant `transition`,
 * `offsetAfter` from then on. Days without a switch have transition = +Infinity.
 */
interface DayClock {
  readonly transition: number;
  readonly offsetBefore: number;
  readonly offsetAfter: number;
}

// Probing 14 h around the date covers every wall time of it for offsets of -12 h … +14 h.
// Assumes no zone switches twice within those 52 h (true of every tzdb zone).
const PROBE_MARGIN_MS = 14 * 3_600_000;
const MAX_CACHED_DAYS = 4096;
const dayClocksByZone = new Map<string, Map<number, DayClock>>();

/**
 * The first instant at which the local clock reads `wallTime`. Ambiguous times (the
 * repeated hour in October) map to their first occurrence, non-existent times (the
 * skipped hour in March) to the switch itself, the first instant the clock reads later.
 * So the mapping never goes backwards and interval order survives it. Luxon's own choice
 * (the later occurrence; skipped times pushed an hour ahead) would not: 02:30–03:00 on
 * 25 October would end before it starts.
 */
export function wallClockToInstant(zone: IANAZone, wallTime: number): number {
  const clock = dayClockOf(zone, Math.floor(wallTime / MS_PER_DAY));
  const early = wallTime - clock.offsetBefore;
  if (early < clock.transition) return early;
  const late = wallTime - clock.offsetAfter;
  if (late >= clock.transition) return late;
  return clock.transition;
}

/** What the local clock reads at `instant`, in local milliseconds. */
export function wallClockAt(zone: IANAZone, instant: number): number {
  return instant + zone.offset(instant) * MS_PER_MINUTE;
}

/** The epoch day of the local date at `instant`. */
export function localEpochDayOf(zone: IANAZone, instant: number): number {
  return Math.floor(wallClockAt(zone, instant) / MS_PER_DAY);
}

// Offset look-ups go through Intl and cost microseconds, so each date is resolved once.
function dayClockOf(zone: IANAZone, epochDay: number): DayClock {
  let dayClocks = dayClocksByZone.get(zone.name);
  if (dayClocks === undefined) {
    dayClocks = new Map();
    dayClocksByZone.set(zone.name, dayClocks);
  }
  const cached = dayClocks.get(epochDay);
  if (cached !== undefined) return cached;
  if (dayClocks.size >= MAX_CACHED_DAYS) dayClocks.clear();
  const clock = resolveDayClock(zone, epochDay);
  dayClocks.set(epochDay, clock);
  return clock;
}

function resolveDayClock(zone: IANAZone, epochDay: number): DayClock {
  let before = epochDay * MS_PER_DAY - PROBE_MARGIN_MS;
  let after = (epochDay + 1) * MS_PER_DAY + PROBE_MARGIN_MS;
  const offsetBefore = zone.offset(before) * MS_PER_MINUTE;
  const offsetAfter = zone.offset(after) * MS_PER_MINUTE;
  if (offsetBefore === offsetAfter) return { transition: Infinity, offsetBefore, offsetAfter };
  // Bisect to the minute (tzdb switches fall on whole minutes): about 12 offset look-ups.
  while (after - before > MS_PER_MINUTE) {
    const middle = before + Math.floor((after - before) / 2 / MS_PER_MINUTE) * MS_PER_MINUTE;
    if (zone.offset(middle) * MS_PER_MINUTE === offsetBefore) before = middle;
    else after = middle;
  }
  return { transition: after, offsetBefore, offsetAfter };
}
