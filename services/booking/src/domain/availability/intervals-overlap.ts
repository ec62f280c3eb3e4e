import { type HalfOpenInterval } from "./half-open-interval";

/** Whether two half-open intervals share time. Touching ends do not; empty intervals never do. */
export function intervalsOverlap(a: HalfOpenInterval, b: HalfOpenInterval): boolean {
  return a.start < a.end && b.start < b.end && a.start < b.end && b.start < a.end;
}
