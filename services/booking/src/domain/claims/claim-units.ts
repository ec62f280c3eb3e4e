import type { BookableResource, TimeInterval } from "./bookable-resource";

/**
 * Time is claimed in units of five minutes (every duration and buffer in the
 * directory is a multiple of five). Two intervals overlap exactly when they
 * share a unit, so a unique key per (resource, unit) lets the database refuse
 * any overlap, not only identical starts. Berlin's UTC offsets are whole
 * hours, so UTC-aligned units are also aligned in local time.
 */
export const CLAIM_UNIT_MINUTES = 5;
const UNIT_MS = CLAIM_UNIT_MINUTES * 60_000;

export interface ClaimUnit {
  /** Unique per resource and unit: the database's duplicate-key check is the overlap check. */
  key: string;
  resource: BookableResource;
  unitStart: Date;
}

/** The units an interval occupies, widened to whole units (a 12:03 end occupies the 12:00 unit). */
export function unitStartsOf({ start, end }: TimeInterval): Date[] {
  if (!(end.getTime() > start.getTime())) throw new RangeError("interval must end after it starts");
  const first = Math.floor(start.getTime() / UNIT_MS) * UNIT_MS;
  const units: Date[] = [];
  for (let at = first; at < end.getTime(); at += UNIT_MS) units.push(new Date(at));
  return units;
}

export function claimKey(resource: BookableResource, unitStart: Date): string {
  return `${resource.kind}:${resource.id}:${unitStart.toISOString()}`;
}

/**
 * All units of all resources, in one global order (by key). Claiming in a
 * global order and stopping at the first taken unit guarantees that of any
 * set of competing bookings at least one wins: two bookings cannot each hold
 * a unit the other needs (the classic lock-ordering argument).
 */
export function claimUnitsFor(resources: BookableResource[], interval: TimeInterval): ClaimUnit[] {
  const units = unitStartsOf(interval);
  return resources
    .flatMap((resource) =>
      units.map((unitStart) => ({ key: claimKey(resource, unitStart), resource, unitStart })),
    )
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
