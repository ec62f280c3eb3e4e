import { z } from "zod";

const MINUTES_PER_DAY = 24 * 60;

/**
 * How a service cuts time into bookable slots. Buffers are the counsellor's time before
 * and after the appointment (preparation, notes, interpreter handover): they must fit in
 * working hours and stay clear of other bookings, but are not part of the slot itself.
 * The upper bounds only keep a mistyped rule from turning into an unbounded computation.
 */
export const SlotRulesSchema = z.object({
  durationMinutes: z.int().positive().max(MINUTES_PER_DAY),
  bufferBeforeMinutes: z.int().nonnegative().max(MINUTES_PER_DAY),
  bufferAfterMinutes: z.int().nonnegative().max(MINUTES_PER_DAY),
  minimumNoticeMinutes: z.int().nonnegative(),
  /** Slots start before now + this many local calendar days. */
  horizonDays: z.int().positive().max(731),
  /** Distance between candidate starts, counted from the start of each working interval. */
  slotStepMinutes: z.int().positive().max(MINUTES_PER_DAY).default(15),
});

export type SlotRules = z.infer<typeof SlotRulesSchema>;
export type SlotRulesInput = z.input<typeof SlotRulesSchema>;
