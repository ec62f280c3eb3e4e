import { MS_PER_MINUTE } from "./civil-day";
import { type HalfOpenInterval } from "./half-open-interval";
import { type SlotRules } from "./slot-rules";

/** Appends the slot starts that fit one working interval (epoch ms) to `starts`. */
export type PlaceSlots = (working: HalfOpenInterval, starts: number[]) => void;

/**
 * Walks the slot grid of each working interval, jumping over blocked time instead of
 * testing every step or minute: cost grows with slots returned plus blocked intervals.
 * `blocked` must be sorted and disjoint, and working intervals must come in time order,
 * so one cursor into `blocked` only ever moves forward.
 */
export function slotPlacer(
  rules: SlotRules,
  window: HalfOpenInterval,
  blocked: readonly HalfOpenInterval[],
): PlaceSlots {
  const duration = rules.durationMinutes * MS_PER_MINUTE;
  const before = rules.bufferBeforeMinutes * MS_PER_MINUTE;
  const after = rules.bufferAfterMinutes * MS_PER_MINUTE;
  const step = rules.slotStepMinutes * MS_PER_MINUTE;
  let cursor = 0;

  return (working, starts) => {
    // The appointment plus both buffers must lie inside the working interval.
    const lastStart = Math.min(working.end - duration - after, window.end - 1);
    let k = Math.max(Math.ceil(before / step), Math.ceil((window.start - working.start) / step));
    for (let start = working.start + k * step; start <= lastStart; start = working.start + k * step) {
      const widenedStart = start - before;
      let block = blocked[cursor];
      while (block !== undefined && block.end <= widenedStart) block = blocked[++cursor];
      if (block !== undefined && block.start < start + duration + after) {
        // First grid point whose before-buffer starts at or after the block's end.
        k = Math.max(k + 1, Math.ceil((block.end + before - working.start) / step));
        continue;
      }
      starts.push(start);
      k++;
    }
  };
}
