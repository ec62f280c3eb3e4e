import { defineEvent, type DataOf, type EnvelopeOf } from "../../envelope/define-event";
import { IdSchema } from "../../shared/id";
import { Topics } from "../../topics/topics";
import { CancellationReasonSchema } from "../appointment/appointment-cancelled.v1";
import { ReferralTransitionSchema } from "./referral-transition";

/**
 * The appointment made for the referral was cancelled (from appointment.cancelled): the
 * referral is back to accepted, the receiving service still has the client and may book again.
 */
export const ReferralUnscheduledV1 = defineEvent(
  Topics.referralReferrals,
  "referral.unscheduled",
  1,
  ReferralTransitionSchema.extend({ appointmentId: IdSchema, reason: CancellationReasonSchema }),
);

export type ReferralUnscheduledV1Data = DataOf<typeof ReferralUnscheduledV1>;
export type ReferralUnscheduledV1Event = EnvelopeOf<typeof ReferralUnscheduledV1>;
