import { z } from "zod";

/**
 * A calendar day ("2026-04-14") in Europe/Berlin, without a time. German legal deadlines
 * end at the end of a day, so an instant would invent a precision the law does not have.
 */
export const CalendarDateSchema = z.iso.date();

export type CalendarDate = z.infer<typeof CalendarDateSchema>;
