import {
  type Actor,
  type ConsentDataCategory,
  categoriesPresentIn,
  type SealedSharedClientData,
  type SharedClientData,
  SharedClientDataSchema,
} from "@counselling/contracts";
import type { Attribution } from "./apply-transition";
import type { GivenConsent } from "./consent-record";
import { type DraftContent, draftReferral, recordConsent } from "./draft-referral";
import { onlyReleased } from "./receiver-view";
import type { Referral } from "./referral";
import { categoriesKeptAfterRevoking, revokeConsent } from "./revoke-consent";
import { categoriesReleasedOnSend, sendReferral } from "./send-referral";
import { acceptReferral, receiveReferral } from "./intake-decisions";

/**
 * Test stand-in for the application's sealing (the vault needs the key database): the
 * value in the sealed format, readable by these helpers only. The domain never opens
 * sealed data; it only carries them and checks their categories.
 */
export function sealedTextForTest(text: string): string {
  return `pd1:${Buffer.from(text, "utf8").toString("base64url")}`;
}

export function openedTextForTest(sealed: string): string {
  return Buffer.from(sealed.slice("pd1:".length), "base64url").toString("utf8");
}

export const testClientId = "client-referral-0001";

export function sealedForTest(data: SharedClientData, clientId = testClientId): SealedSharedClientData {
  return { clientId, categories: categoriesPresentIn(data), sealed: sealedTextForTest(JSON.stringify(data)) };
}

export function openedForTest(sealed: SealedSharedClientData): SharedClientData {
  return SharedClientDataSchema.parse(JSON.parse(openedTextForTest(sealed.sealed)));
}

/** What the application does before a send or a revocation: seal again with only `keep`. */
export function narrowedForTest(
  sealed: SealedSharedClientData,
  keep: readonly ConsentDataCategory[],
): SealedSharedClientData {
  return sealedForTest(onlyReleased(openedForTest(sealed), keep), sealed.clientId);
}

/** Sends as the application does: the released categories sealed again (test sealing). */
export function sendSealed(referral: Referral, attribution: Attribution, acceptWithinWorkingDays?: number) {
  const release = narrowedForTest(referral.sharedData, categoriesReleasedOnSend(referral, attribution.at));
  return sendReferral(referral, attribution, release, acceptWithinWorkingDays);
}

/** Revokes as the application does: the remaining categories sealed again (test sealing). */
export function revokeSealed(
  referral: Referral,
  categories: readonly ConsentDataCategory[] | "all",
  attribution: Attribution,
) {
  const remaining = narrowedForTest(referral.sharedData, categoriesKeptAfterRevoking(referral, categories));
  return revokeConsent(referral, categories, attribution, remaining);
}

/** What the counsellor wrote about the client's legal deadline (personal data). */
export const testDeadlineDescription = "Klagefrist gegen Asylbescheid";

/** A legal deadline as the draft stores it: the date in the clear, the description sealed (test sealing). */
export function aSealedLegalDeadline(
  dueOn = "2026-11-24",
  description = testDeadlineDescription,
): NonNullable<Referral["legalDeadline"]> {
  return { dueOn, sealedDescription: sealedTextForTest(description) };
}

/** The legal deadline's description opened as the application would (null without one). */
export function openedDeadlineForTest(referral: Referral): string | null {
  return referral.legalDeadline === null ? null : openedTextForTest(referral.legalDeadline.sealedDescription);
}

/** A 64-hex-digit stand-in for the phone index of the mother's contact phone. */
export const testPhoneIndex = "a".repeat(64);

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

/** What the counsellor entered about the client (sealed in the draft by `aDraftContent`). */
export function aClientData(): SharedClientData {
  return {
    contact: { name: "Amal", phone: "+4915112345678", note: null },
    language: { dialect: "Syrisch-Arabisch", furtherLanguages: ["en"] },
    health_notes: { text: "Schlafstörungen seit der Flucht" },
  };
}

/** An MBE counsellor in Halle refers to the PSZ, entering contact, language and health notes. */
export function aDraftContent(overrides: Partial<DraftContent> = {}): DraftContent {
  return {
    referralId: "referral-0001",
    clientReference: sealedTextForTest("MBE-2026-0815"),
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
    sharedData: sealedForTest(aClientData()),
    phoneIndex: testPhoneIndex,
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
  return sendSealed(aConsentedDraft(), by(aCounsellor, sentAt)).referral;
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
