import { type IANAZone } from "luxon";
import { MS_PER_DAY, MS_PER_MINUTE } from "./civil-day";
import { type FreeSlotQuery } from "./free-slot-query";
import { type HalfOpenInterval } from "./half-open-interval";
import { wallClockAt, wallClockToInstant } from "./wall-clock-to-instant";

/**
 * The epoch-millisecond range a slot's start must fall in: the asked range [from, to),
 * cut to no earlier than now + minimum notice and to before now + horizon. The horizon
 * counts local calendar days, so "30 days ahead" keeps the clock time across a switch.
 */
export function bookableWindow(query: FreeSlotQuery, zone: IANAZone): HalfOpenInterval {
  const now = Date.parse(query.now);
  const earliest = now + query.rules.minimumNoticeMinutes * MS_PER_MINUTE;
  const horizon = wallClockToInstant(zone, wallClockAt(zone, now) + query.rules.horizonDays * MS_PER_DAY);
  return {
    start: Math.max(Date.parse(query.from), earliest),
    end: Math.min(Date.parse(query.to), horizon),
  };
}
