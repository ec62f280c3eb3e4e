import { type HalfOpenInterval } from "./half-open-interval";

/**
 * The time covered by both lists. Each list must be sorted and disjoint (as
 * `mergeIntervals` returns them); the result is too. Linear two-pointer walk.
 */
export function intersectIntervals(
  left: readonly HalfOpenInterval[],
  right: readonly HalfOpenInterval[],
): HalfOpenInterval[] {
  const shared: HalfOpenInterval[] = [];
  let i = 0;
  let j = 0;
  let a = left[i];
  let b = right[j];
  while (a !== undefined && b !== undefined) {
    const start = Math.max(a.start, b.start);
    const end = Math.min(a.end, b.end);
    if (start < end) shared.push({ start, end });
    // The interval that ends first cannot meet anything further in the other list.
    if (a.end <= b.end) a = left[++i];
    else b = right[++j];
  }
  return shared;
}
