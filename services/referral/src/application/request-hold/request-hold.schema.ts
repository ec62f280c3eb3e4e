import { ChannelSchema, IdSchema, InstantSchema } from "@counselling/contracts";
import { z } from "zod";

/**
 * The referring counsellor holds a slot at the receiving service (warm handover), picked
 * from booking's free slots. The client's data is not part of it: it comes from the
 * referral's released categories only.
 */
export const RequestHoldInputSchema = z.object({
  referralId: IdSchema,
  /** The web app's key for this action: a retry with the same key gets the same hold. */
  idempotencyKey: z.string().trim().min(8).max(100),
  serviceId: IdSchema,
  locationId: IdSchema,
  counsellorId: IdSchema,
  startsAt: InstantSchema,
  channel: ChannelSchema.default("in_person"),
  /** How long booking keeps the time; never beyond the referral's acceptance deadline. */
  holdForMinutes: z
    .number()
    .int()
    .min(5)
    .max(7 * 24 * 60)
    .default(2 * 24 * 60),
  /** Whether the client agreed to SMS about the appointment (needs a released phone number). */
  smsConsent: z.boolean().default(false),
});

export type RequestHoldInput = z.infer<typeof RequestHoldInputSchema>;
