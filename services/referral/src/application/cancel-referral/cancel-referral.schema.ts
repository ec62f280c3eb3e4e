import { IdSchema, ReferralCancellationReasonSchema } from "@counselling/contracts";
import { z } from "zod";

export const CancelReferralInputSchema = z.object({
  referralId: IdSchema,
  reason: ReferralCancellationReasonSchema,
  reasonNote: z.string().trim().min(1).max(500).nullable().default(null),
});

export type CancelReferralInput = z.infer<typeof CancelReferralInputSchema>;
