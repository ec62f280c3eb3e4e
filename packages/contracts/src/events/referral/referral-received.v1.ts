import { defineEvent, type DataOf, type EnvelopeOf } from "../../envelope/define-event";
import { Topics } from "../../topics/topics";
import { ReferralTransitionSchema } from "./referral-transition";

/** The receiving service has the referral in its inbox and has opened it. */
export const ReferralReceivedV1 = defineEvent(
  Topics.referralReferrals,
  "referral.received",
  1,
  ReferralTransitionSchema,
);

export type ReferralReceivedV1Data = DataOf<typeof ReferralReceivedV1>;
export type ReferralReceivedV1Event = EnvelopeOf<typeof ReferralReceivedV1>;
