import { z } from "zod";
import { defineEvent, type DataOf, type EnvelopeOf } from "../../envelope/define-event";
import { Topics } from "../../topics/topics";
import { ReferralTransitionSchema } from "./referral-transition";

export const ReferralCancellationReasonSchema = z.enum([
  "client_request",
  "no_longer_needed",
  "consent_revoked",
  "sent_in_error",
  "other",
]);

export type ReferralCancellationReason = z.infer<typeof ReferralCancellationReasonSchema>;

/** The referring side withdrew the referral before it was closed. */
export const ReferralCancelledV1 = defineEvent(
  Topics.referralReferrals,
  "referral.cancelled",
  1,
  ReferralTransitionSchema.extend({
    reason: ReferralCancellationReasonSchema,
    reasonNote: z.string().min(1).nullable(),
  }),
);

export type ReferralCancelledV1Data = DataOf<typeof ReferralCancelledV1>;
export type ReferralCancelledV1Event = EnvelopeOf<typeof ReferralCancelledV1>;
