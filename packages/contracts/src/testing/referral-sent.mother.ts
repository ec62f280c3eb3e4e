import {
  type ReferralSentV1Data,
  ReferralSentV1,
  type ReferralSentV1Event,
} from "../events/referral/referral-sent.v1";
import { anEventEnvelope, type EnvelopeOverrides } from "./event-envelope.mother";

/**
 * A legal deadline as it travels: the date in the clear, the description sealed with the
 * key of `sharedData.clientId` (stand-in ciphertext; contract tests never open it).
 */
export function aSealedLegalDeadline(
  overrides: Partial<NonNullable<ReferralSentV1Data["legalDeadline"]>> = {},
): NonNullable<ReferralSentV1Data["legalDeadline"]> {
  return {
    dueOn: "2026-04-03",
    sealedDescription: "pd1:c2VhbGVkLWxlZ2FsLWRlYWRsaW5l",
    ...overrides,
  };
}

/** An MBE counsellor refers to the PSZ with contact and language released, nothing else. */
export function aReferralSentData(overrides: Partial<ReferralSentV1Data> = {}): ReferralSentV1Data {
  return {
    referralId: "referral-0001",
    actor: {
      kind: "staff",
      staffId: "counsellor-0001",
      role: "counsellor",
      organisationId: "organisation-halle",
    },
    at: "2026-03-20T09:15:00Z",
    from: {
      organisationId: "organisation-halle",
      serviceId: "service-mbe-halle",
      serviceKind: "adult_migration_counselling",
      counsellorId: "counsellor-0001",
    },
    to: {
      scope: "region",
      serviceKind: "psychosocial_centre",
      federalState: "DE-ST",
      nearPostalCode: "06108",
    },
    urgency: "soon",
    reasonCode: "psychological_support",
    communication: { language: "ar", interpreterNeeded: true },
    legalDeadline: null,
    consent: {
      consentId: "consent-0001",
      dataCategories: ["contact", "language"],
      purpose: "Vermittlung an ein Psychosoziales Zentrum und Terminabsprache",
      givenHow: "signed_form",
      givenAt: "2026-03-20T09:00:00Z",
      expiresAt: "2026-09-20T09:00:00Z",
    },
    sharedData: {
      clientId: "client-0001",
      categories: ["contact", "language"],
      sealed: "pd1:c2VhbGVkLXNoYXJlZC1kYXRh",
    },
    ...overrides,
  };
}

export interface ReferralSentOverrides extends EnvelopeOverrides {
  data?: Partial<ReferralSentV1Data>;
}

/** A valid referral.sent v1 envelope, keyed by its referral id. */
export function aReferralSentEvent(overrides: ReferralSentOverrides = {}): ReferralSentV1Event {
  const { data: dataOverrides, ...envelopeOverrides } = overrides;
  const data = aReferralSentData(dataOverrides);
  return anEventEnvelope(ReferralSentV1, data, data.referralId, { source: "referral", ...envelopeOverrides });
}
