import { z } from "zod";
import { defineEvent, type DataOf, type EnvelopeOf } from "../../envelope/define-event";
import { Topics } from "../../topics/topics";
import { ReferralTransitionSchema } from "./referral-transition";

export const ReferralExpiryCauseSchema = z.enum(["not_accepted_in_time", "consent_expired"]);

export type ReferralExpiryCause = z.infer<typeof ReferralExpiryCauseSchema>;

/**
 * The referral ran out on its own, usually with a system actor. When the consent expired,
 * the receiving side deletes the data it was given, as for a revocation.
 */
export const ReferralExpiredV1 = defineEvent(
  Topics.referralReferrals,
  "referral.expired",
  1,
  ReferralTransitionSchema.extend({ cause: ReferralExpiryCauseSchema }),
);

export type ReferralExpiredV1Data = DataOf<typeof ReferralExpiredV1>;
export type ReferralExpiredV1Event = EnvelopeOf<typeof ReferralExpiredV1>;
