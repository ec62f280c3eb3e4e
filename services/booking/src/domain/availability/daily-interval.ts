import { z } from "zod";
import { type HalfOpenInterval } from "./half-open-interval";
import { minuteOfDay, TimeOfDaySchema } from "./time-of-day";

/** Shared by every "from HH:mm to HH:mm" shape, so they validate the same way. */
export const dailyIntervalShape = { start: TimeOfDaySchema, end: TimeOfDaySchema };

// Zero-padded "HH:mm" strings sort like the times they name.
export const endsAfterStart = (interval: { start: string; end: string }): boolean =>
  interval.start < interval.end;
export const endsAfterStartIssue = { message: "end must be after start", path: ["end"] };

/** Hours within one local day; an interval never crosses midnight (use "24:00"). */
export const DailyIntervalSchema = z.object(dailyIntervalShape).refine(endsAfterStart, endsAfterStartIssue);

export type DailyInterval = z.infer<typeof DailyIntervalSchema>;

export function toMinuteInterval(interval: DailyInterval): HalfOpenInterval {
  return { start: minuteOfDay(interval.start), end: minuteOfDay(interval.end) };
}
