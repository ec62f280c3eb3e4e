import { defineEvent, type DataOf, type EnvelopeOf } from "../../envelope/define-event";
import { IdSchema } from "../../shared/id";
import { Topics } from "../../topics/topics";
import { ReferralTransitionSchema } from "./referral-transition";

/** The client did not come to the appointment made for the referral (from appointment.no_show). */
export const ReferralNotAttendedV1 = defineEvent(
  Topics.referralReferrals,
  "referral.not_attended",
  1,
  ReferralTransitionSchema.extend({ appointmentId: IdSchema }),
);

export type ReferralNotAttendedV1Data = DataOf<typeof ReferralNotAttendedV1>;
export type ReferralNotAttendedV1Event = EnvelopeOf<typeof ReferralNotAttendedV1>;
