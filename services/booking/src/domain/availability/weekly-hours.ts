import { z } from "zod";
import { dailyIntervalShape, endsAfterStart, endsAfterStartIssue } from "./daily-interval";

/** ISO weekday: Monday = 1 … Sunday = 7 (luxon's `weekday`). */
export const IsoWeekdaySchema = z.int().min(1).max(7);

export const WeeklyHoursIntervalSchema = z
  .object({ weekday: IsoWeekdaySchema, ...dailyIntervalShape })
  .refine(endsAfterStart, endsAfterStartIssue);

/**
 * Regular opening or working hours. A weekday may have several intervals (a lunch
 * break is the gap between two); a weekday without any is closed.
 */
export const WeeklyHoursSchema = z.array(WeeklyHoursIntervalSchema);

export type WeeklyHoursInterval = z.infer<typeof WeeklyHoursIntervalSchema>;
export type WeeklyHours = z.infer<typeof WeeklyHoursSchema>;
