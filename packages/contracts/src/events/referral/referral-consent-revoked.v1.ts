import { defineEvent, type DataOf, type EnvelopeOf } from "../../envelope/define-event";
import { IdSchema } from "../../shared/id";
import { Topics } from "../../topics/topics";
import { ConsentDataCategoryListSchema } from "./consent-data-category";
import { ReferralTransitionSchema } from "./referral-transition";

/**
 * The client took back (part of) their release. The receiving side must delete the data
 * of the revoked categories and stop using it. When the referral can't go on without it,
 * the referral service also publishes referral.cancelled (reason consent_revoked), so this
 * event only ever means "delete", never "stop the referral".
 */
export const ReferralConsentRevokedV1 = defineEvent(
  Topics.referralReferrals,
  "referral.consent_revoked",
  1,
  ReferralTransitionSchema.extend({
    consentId: IdSchema,
    revokedDataCategories: ConsentDataCategoryListSchema.min(1),
  }),
);

export type ReferralConsentRevokedV1Data = DataOf<typeof ReferralConsentRevokedV1>;
export type ReferralConsentRevokedV1Event = EnvelopeOf<typeof ReferralConsentRevokedV1>;
