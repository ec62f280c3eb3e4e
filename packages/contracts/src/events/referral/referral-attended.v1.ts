import { defineEvent, type DataOf, type EnvelopeOf } from "../../envelope/define-event";
import { IdSchema } from "../../shared/id";
import { Topics } from "../../topics/topics";
import { ReferralTransitionSchema } from "./referral-transition";

/** The client came to the appointment made for the referral (from appointment.completed or checked_in). */
export const ReferralAttendedV1 = defineEvent(
  Topics.referralReferrals,
  "referral.attended",
  1,
  ReferralTransitionSchema.extend({ appointmentId: IdSchema }),
);

export type ReferralAttendedV1Data = DataOf<typeof ReferralAttendedV1>;
export type ReferralAttendedV1Event = EnvelopeOf<typeof ReferralAttendedV1>;
