import { type HalfOpenInterval } from "./half-open-interval";

/**
 * Sorted, disjoint union of the given intervals; empty ones are dropped. Touching
 * intervals merge too: hours of 09:00–12:00 and 12:00–15:00 allow an appointment
 * across noon, and one blocked run is cheaper to skip than two.
 */
export function mergeIntervals(intervals: readonly HalfOpenInterval[]): HalfOpenInterval[] {
  const sorted = intervals
    .filter((interval) => interval.start < interval.end)
    .sort((a, b) => a.start - b.start);
  const merged: HalfOpenInterval[] = [];
  for (const interval of sorted) {
    const last = merged.at(-1);
    if (last !== undefined && interval.start <= last.end) {
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, interval.end) };
    } else {
      merged.push(interval);
    }
  }
  return merged;
}
