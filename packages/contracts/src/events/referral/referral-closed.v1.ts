import { z } from "zod";
import { defineEvent, type DataOf, type EnvelopeOf } from "../../envelope/define-event";
import { Topics } from "../../topics/topics";
import { ReferralTransitionSchema } from "./referral-transition";

/** How a referral ended, as a status only: the referrer never sees case content. */
export const ReferralOutcomeSchema = z.enum([
  "service_provided",
  "client_withdrew",
  "referred_onward",
  "no_further_contact",
]);

export type ReferralOutcome = z.infer<typeof ReferralOutcomeSchema>;

/** The receiving service closed the loop. */
export const ReferralClosedV1 = defineEvent(
  Topics.referralReferrals,
  "referral.closed",
  1,
  ReferralTransitionSchema.extend({ outcome: ReferralOutcomeSchema }),
);

export type ReferralClosedV1Data = DataOf<typeof ReferralClosedV1>;
export type ReferralClosedV1Event = EnvelopeOf<typeof ReferralClosedV1>;
