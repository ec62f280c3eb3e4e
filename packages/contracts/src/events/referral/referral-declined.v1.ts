import { z } from "zod";
import { defineEvent, type DataOf, type EnvelopeOf } from "../../envelope/define-event";
import { IdSchema } from "../../shared/id";
import { ServiceKindSchema } from "../../shared/service-kind";
import { Topics } from "../../topics/topics";
import { ReferralTransitionSchema } from "./referral-transition";

export const ReferralDeclineReasonSchema = z.enum([
  "no_capacity",
  "not_in_scope",
  "outside_catchment_area",
  "language_not_available",
  "duplicate",
  "other",
]);

export type ReferralDeclineReason = z.infer<typeof ReferralDeclineReasonSchema>;

/** The receiving service will not take the referral, and may point to a better one. */
export const ReferralDeclinedV1 = defineEvent(
  Topics.referralReferrals,
  "referral.declined",
  1,
  ReferralTransitionSchema.extend({
    reason: ReferralDeclineReasonSchema,
    reasonNote: z
      .string()
      .min(1)
      .nullable()
      .describe("Shown to the referring counsellor: no case content, only why not."),
    suggestedService: z
      .object({
        serviceKind: ServiceKindSchema,
        organisationId: IdSchema.nullable(),
        serviceId: IdSchema.nullable(),
      })
      .nullable(),
  }),
);

export type ReferralDeclinedV1Data = DataOf<typeof ReferralDeclinedV1>;
export type ReferralDeclinedV1Event = EnvelopeOf<typeof ReferralDeclinedV1>;
