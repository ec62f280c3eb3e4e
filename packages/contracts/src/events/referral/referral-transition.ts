import { z } from "zod";
import { AttributionSchema } from "../../shared/attribution";
import { IdSchema } from "../../shared/id";

/**
 * What every referral event carries (FHIR Task pattern: each status change is
 * timestamped and attributed). Events extend it with what is specific to them.
 */
export const ReferralTransitionSchema = z.object({
  referralId: IdSchema.describe("Also the Kafka key."),
  ...AttributionSchema.shape,
});

export type ReferralTransition = z.infer<typeof ReferralTransitionSchema>;
