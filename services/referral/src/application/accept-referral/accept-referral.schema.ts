import { IdSchema } from "@counselling/contracts";
import { z } from "zod";

export const AcceptReferralInputSchema = z.object({
  referralId: IdSchema,
  serviceId: IdSchema,
  /** Default: the held slot's location, else the location the referral names. */
  locationId: IdSchema.nullable().default(null),
  /** Default: the held slot's counsellor. */
  counsellorId: IdSchema.nullable().default(null),
  /**
   * What becomes of a pending warm-handover hold: confirmed into an appointment (booking
   * then tells the client, and the referral becomes scheduled), or let go because intake
   * will book another time. Ignored without a hold.
   */
  hold: z.enum(["confirm", "release"]).default("confirm"),
});

export type AcceptReferralInput = z.infer<typeof AcceptReferralInputSchema>;
