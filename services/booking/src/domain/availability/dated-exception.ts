import { CalendarDateSchema } from "@counselling/contracts";
import { z } from "zod";
import { DailyIntervalSchema } from "./daily-interval";

/**
 * A date whose hours differ from the weekly ones: closed (team day, strike, renovation)
 * or open with special hours that replace the weekly hours of that date entirely.
 */
export const DatedExceptionSchema = z.discriminatedUnion("open", [
  z.object({ date: CalendarDateSchema, open: z.literal(false) }),
  z.object({
    date: CalendarDateSchema,
    open: z.literal(true),
    intervals: z.array(DailyIntervalSchema).min(1),
  }),
]);

// Two entries for one date would make "which one wins" a silent guess.
export const DatedExceptionsSchema = z
  .array(DatedExceptionSchema)
  .refine((exceptions) => new Set(exceptions.map((e) => e.date)).size === exceptions.length, {
    message: "at most one exception per date",
  });

export type DatedException = z.infer<typeof DatedExceptionSchema>;
