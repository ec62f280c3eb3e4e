import { defineEvent, type DataOf, type EnvelopeOf } from "../../envelope/define-event";
import { IdSchema } from "../../shared/id";
import { InstantSchema } from "../../shared/instant";
import { Topics } from "../../topics/topics";
import { ReferralTransitionSchema } from "./referral-transition";

/** An appointment at the receiving service exists for the referral (from appointment.booked or rescheduled). */
export const ReferralScheduledV1 = defineEvent(
  Topics.referralReferrals,
  "referral.scheduled",
  1,
  ReferralTransitionSchema.extend({ appointmentId: IdSchema, startsAt: InstantSchema }),
);

export type ReferralScheduledV1Data = DataOf<typeof ReferralScheduledV1>;
export type ReferralScheduledV1Event = EnvelopeOf<typeof ReferralScheduledV1>;
