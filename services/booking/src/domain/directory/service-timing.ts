import { z } from "zod";

/**
 * Minutes that end up on the calendar are multiples of five: time is claimed in
 * five-minute units (domain/claims/claim-units.ts), and a 47-minute session would
 * silently block 50.
 */
function calendarMinutes(what: string, min: number, max: number) {
  return z
    .number()
    .int(`${what} is a whole number of minutes`)
    .min(min, `${what} is at least ${min} minutes`)
    .max(max, `${what} is at most ${max} minutes`)
    .multipleOf(5, `${what} is a multiple of 5 minutes`);
}

/** How a service's appointments fill the calendar and how far ahead clients may book. */
export const ServiceTimingSchema = z.object({
  defaultDurationMinutes: calendarMinutes("The duration", 5, 8 * 60),
  bufferBeforeMinutes: calendarMinutes("The buffer before", 0, 120),
  bufferAfterMinutes: calendarMinutes("The buffer after", 0, 120),
  slotStepMinutes: calendarMinutes("The slot step", 5, 4 * 60),
  horizonDays: z
    .number()
    .int("The booking horizon is a whole number of days")
    .min(1, "The booking horizon is at least 1 day")
    .max(365, "The booking horizon is at most 365 days"),
  minimumNoticeMinutes: z
    .number()
    .int("The minimum notice is a whole number of minutes")
    .min(0, "The minimum notice can't be negative")
    .max(14 * 24 * 60, "The minimum notice is at most 14 days"),
});

export type ServiceTiming = z.infer<typeof ServiceTimingSchema>;
