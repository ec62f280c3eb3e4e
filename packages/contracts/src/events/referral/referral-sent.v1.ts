import { z } from "zod";
import { defineEvent, type DataOf, type EnvelopeOf } from "../../envelope/define-event";
import { CalendarDateSchema } from "../../shared/calendar-date";
import { IdSchema } from "../../shared/id";
import { LanguageSchema } from "../../shared/language";
import { SealedPersonalDataSchema } from "../../shared/sealed-personal-data";
import { ServiceKindSchema } from "../../shared/service-kind";
import { Topics } from "../../topics/topics";
import { ReferralConsentSummarySchema } from "./referral-consent-summary";
import { ReferralReasonCodeSchema } from "./referral-reason-code";
import { ReferralRecipientSchema } from "./referral-recipient";
import { ReferralTransitionSchema } from "./referral-transition";
import { SealedSharedClientDataSchema } from "./shared-client-data";

export const ReferralUrgencySchema = z.enum(["routine", "soon", "urgent"]);

export type ReferralUrgency = z.infer<typeof ReferralUrgencySchema>;

/**
 * A counsellor created a referral and sent it. `communication` and `reason` are what the
 * receiving side needs to take the referral at all and are covered by the referral's own
 * consent; everything else about the client is in `sharedData`, sealed with the client's data key,
 * and only in the categories the consent releases: the schema refuses a payload that names more.
 * A legal deadline travels with its date in the clear (it ranks the inbox) and its
 * description sealed with the same key as `sharedData` (ADR 0011).
 */
export const ReferralSentV1 = defineEvent(
  Topics.referralReferrals,
  "referral.sent",
  1,
  ReferralTransitionSchema.extend({
    from: z.object({
      organisationId: IdSchema,
      serviceId: IdSchema,
      serviceKind: ServiceKindSchema,
      counsellorId: IdSchema,
    }),
    to: ReferralRecipientSchema,
    urgency: ReferralUrgencySchema,
    reasonCode: ReferralReasonCodeSchema,
    communication: z.object({
      language: LanguageSchema,
      interpreterNeeded: z.boolean(),
    }),
    legalDeadline: z
      .object({
        dueOn: CalendarDateSchema.describe("The last day of the deadline; the inbox ranks by it."),
        sealedDescription: SealedPersonalDataSchema.describe(
          "What the deadline is (e.g. 'Klagefrist gegen Asylbescheid'): free text about the client's case, " +
            "sealed with the key of `sharedData.clientId` (the referral's data key).",
        ),
      })
      .nullable(),
    consent: ReferralConsentSummarySchema,
    sharedData: SealedSharedClientDataSchema,
  }).superRefine((referral, ctx) => {
    const released = new Set(referral.consent.dataCategories);
    for (const category of referral.sharedData.categories) {
      if (!released.has(category)) {
        ctx.addIssue({
          code: "custom",
          message: `sharedData holds ${category} but the consent does not release it`,
          path: ["sharedData", "categories"],
        });
      }
    }
  }),
);

export type ReferralSentV1Data = DataOf<typeof ReferralSentV1>;
export type ReferralSentV1Event = EnvelopeOf<typeof ReferralSentV1>;
