import { z } from "zod";
import { BookAppointmentInputSchema } from "../book-appointment/book-appointment.schema";

/**
 * A tentative hold: a booking request plus how long the time stays reserved. Holds serve
 * the warm handover of a referral (the referrer reserves a slot at the receiving service
 * while its intake decides), so they last hours or days, never open-ended.
 */
export const PlaceHoldInputSchema = BookAppointmentInputSchema.extend({
  holdForMinutes: z
    .number()
    .int()
    .min(5, "A hold lasts 5 minutes at least")
    .max(7 * 24 * 60, "A hold lasts 7 days at most"),
});

export type PlaceHoldInput = z.input<typeof PlaceHoldInputSchema>;
