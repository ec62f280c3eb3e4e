import type { Actor } from "@counselling/contracts";
import type { Attribution } from "./apply-transition";
import type { GivenConsent } from "./consent-record";
import { type DraftContent, draftReferral, recordConsent } from "./draft-referral";
import type { Referral } from "./referral";
import { sendReferral } from "./send-referral";
import { acceptReferral, receiveReferral } from "./intake-decisions";

/** Test data builders (object mothers) for the referral domain. */
export const aCounsellor: Actor = {
  kind: "staff",
  staffId: "counsellor-mbe-01",
  role: "counsellor",
  organisationId: "organisation-halle",
};

export const anIntake: Actor = {
  kind: "staff",
  staffId: "intake-psz-01",
  role: "intake",
  organisationId: "organisation-psz",
};

export const aReception: Actor = {
  kind: "staff",
  staffId: "reception-psz-01",
  role: "reception",
  organisationId: "organisation-psz",
};

export function by(actor: Actor, at: string): Attribution {
  return { actor, at: new Date(at) };
}

/** An MBE counsellor in Halle refers to the PSZ, entering contact, language and health notes. */
export function aDraftContent(overrides: Partial<DraftContent> = {}): DraftContent {
  return {
    referralId: "referral-0001",
    clientReference: "MBE-2026-0815",
    from: {
      organisationId: "organisation-halle",
      serviceId: "service-mbe-halle",
      serviceKind: "adult_migration_counselling",
      counsellorId: "counsellor-mbe-01",
    },
    to: {
      scope: "organisation",
      serviceKind: "psychosocial_centre",
      organisationId: "organisation-psz",
      locationId: "location-psz-leipzig",
      serviceId: null,
      federalState: "DE-SN",
    },
    urgency: "soon",
    reasonCode: "psychological_support",
    communication: { language: "ar", interpreterNeeded: true },
    legalDeadline: null,
    sharedData: {
      contact: { name: "Amal", phone: "+4915112345678", note: null },
      language: { dialect: "Syrisch-Arabisch", furtherLanguages: ["en"] },
      health_notes: { text: "Schlafstörungen seit der Flucht" },
    },
    acceptWithinWorkingDays: 2,
    ...overrides,
  };
}

export function aGivenConsent(overrides: Partial<GivenConsent> = {}): GivenConsent {
  return {
    dataCategories: ["contact", "language", "health_notes"],
    purpose: "Vermittlung an das Psychosoziale Zentrum und Terminabsprache",
    givenHow: "signed_form",
    witnessedBy: null,
    givenAt: "2026-11-17T08:30:00Z",
    expiresAt: "2027-05-17T08:30:00Z",
    ...overrides,
  };
}

export const draftedAt = "2026-11-17T08:00:00Z";
export const consentedAt = "2026-11-17T08:45:00Z";
export const sentAt = "2026-11-17T09:00:00Z"; // Tuesday; Wednesday 18 is Buß- und Bettag in Saxony
export const receivedAt = "2026-11-19T08:00:00Z";
export const acceptedAt = "2026-11-19T09:00:00Z";

export function aDraft(overrides: Partial<DraftContent> = {}): Referral {
  return draftReferral(aDraftContent(overrides), by(aCounsellor, draftedAt));
}

export function aConsentedDraft(
  consent: Partial<GivenConsent> = {},
  content: Partial<DraftContent> = {},
): Referral {
  return recordConsent(aDraft(content), "consent-0001", aGivenConsent(consent), by(aCounsellor, consentedAt));
}

export function aSentReferral(): Referral {
  return sendReferral(aConsentedDraft(), by(aCounsellor, sentAt)).referral;
}

export function aReceivedReferral(): Referral {
  return receiveReferral(aSentReferral(), by(anIntake, receivedAt)).referral;
}

export const theAcceptingService = {
  organisationId: "organisation-psz",
  serviceId: "service-psz-leipzig",
  locationId: "location-psz-leipzig",
  counsellorId: null,
};

export function anAcceptedReferral(): Referral {
  return acceptReferral(aReceivedReferral(), theAcceptingService, by(anIntake, acceptedAt)).referral;
}
