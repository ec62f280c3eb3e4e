import type { z } from "zod";
import type { Attribution } from "./apply-transition";
import { type ConsentRecord, type GivenConsent } from "./consent-record";
import { ReferralSchema, type Referral } from "./referral";
import { consentExpired, consentLocked, consentNotYetGiven, witnessRequired } from "./referral-errors";

/**
 * What a counsellor decides when drafting, personal data already sealed by the use case
 * that received them; the rest of the aggregate starts empty.
 */
export const DraftContentSchema = ReferralSchema.pick({
  referralId: true,
  clientReference: true,
  from: true,
  to: true,
  urgency: true,
  reasonCode: true,
  communication: true,
  legalDeadline: true,
  sharedData: true,
  phoneIndex: true,
  acceptWithinWorkingDays: true,
});

export type DraftContent = z.infer<typeof DraftContentSchema>;

/** Clocks of two machines disagree a little; a consent "given" a minute ahead is not in the future. */
const CLOCK_SKEW_MS = 60_000;

export function draftReferral(content: DraftContent, { actor, at }: Attribution): Referral {
  return {
    ...content,
    revision: 0,
    status: "draft",
    consent: null,
    sentAt: null,
    acceptBy: null,
    receiver: null,
    appointment: null,
    hold: null,
    decline: null,
    outcome: null,
    cancellation: null,
    expiryCause: null,
    receiverNotes: [],
    timeline: [],
    createdBy: actor,
    createdAt: at.toISOString(),
    personalDataErasedAt: null,
    erasureRequestId: null,
  };
}

/**
 * Documents the client's consent on a draft. Once sent, the consent that travelled is
 * fixed: a wider one needs a new referral, a narrower one is a revocation.
 */
export function recordConsent(
  referral: Referral,
  consentId: string,
  given: GivenConsent,
  { actor, at }: Attribution,
): Referral {
  if (referral.status !== "draft") throw consentLocked();
  if (given.givenHow === "verbal_documented" && given.witnessedBy === null) throw witnessRequired();
  if (Date.parse(given.givenAt) > at.getTime() + CLOCK_SKEW_MS) throw consentNotYetGiven(given.givenAt);
  if (Date.parse(given.expiresAt) <= at.getTime()) throw consentExpired(given.expiresAt);
  const consent: ConsentRecord = {
    ...given,
    consentId,
    recordedBy: actor,
    recordedAt: at.toISOString(),
    revokedCategories: [],
    revokedAt: null,
  };
  return { ...referral, consent };
}
