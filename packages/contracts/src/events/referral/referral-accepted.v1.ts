import { defineEvent, type DataOf, type EnvelopeOf } from "../../envelope/define-event";
import { IdSchema } from "../../shared/id";
import { Topics } from "../../topics/topics";
import { ReferralTransitionSchema } from "./referral-transition";

/**
 * A receiving service took the referral on. It names the service that accepted because a
 * referral sent "to any matching service in a region" only now gets a definite recipient.
 */
export const ReferralAcceptedV1 = defineEvent(
  Topics.referralReferrals,
  "referral.accepted",
  1,
  ReferralTransitionSchema.extend({
    organisationId: IdSchema,
    serviceId: IdSchema,
    locationId: IdSchema.nullable(),
    counsellorId: IdSchema.nullable().describe("Null until a counsellor is assigned."),
  }),
);

export type ReferralAcceptedV1Data = DataOf<typeof ReferralAcceptedV1>;
export type ReferralAcceptedV1Event = EnvelopeOf<typeof ReferralAcceptedV1>;
