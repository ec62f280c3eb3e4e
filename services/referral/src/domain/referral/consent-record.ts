import {
  ActorSchema,
  type ConsentDataCategory,
  ConsentDataCategoryListSchema,
  ConsentGivenHowSchema,
  IdSchema,
  InstantSchema,
  type ReferralConsentSummary,
} from "@counselling/contracts";
import { z } from "zod";
import { consentExpired, consentMissing, consentRevoked } from "./referral-errors";

/**
 * The client's release from professional secrecy (Schweigepflichtentbindung, § 203 StGB)
 * as the referring service documents it. It stays in the referral service; the
 * receiving side only gets its summary (contracts' ReferralConsentSummary).
 * A verbal consent names its witness; revocations are kept (when, which categories)
 * because the record of a consent outlives its use.
 */
const consentFields = z.object({
  consentId: IdSchema,
  dataCategories: ConsentDataCategoryListSchema,
  purpose: z.string().min(1).max(500),
  givenHow: ConsentGivenHowSchema,
  witnessedBy: z.string().min(1).max(200).nullable(),
  givenAt: InstantSchema,
  expiresAt: InstantSchema,
  recordedBy: ActorSchema,
  recordedAt: InstantSchema,
  revokedCategories: ConsentDataCategoryListSchema,
  revokedAt: InstantSchema.nullable(),
});

const expiresAfterGiven = (consent: { givenAt: string; expiresAt: string }): boolean =>
  Date.parse(consent.expiresAt) > Date.parse(consent.givenAt);
const expiresAfterGivenIssue = { message: "expiresAt must be after givenAt", path: ["expiresAt"] };

export const ConsentRecordSchema = consentFields.refine(expiresAfterGiven, expiresAfterGivenIssue);

/** What staff enter when the client gives consent; the rest is recorded by the system. */
export const GivenConsentSchema = consentFields
  .pick({
    dataCategories: true,
    purpose: true,
    givenHow: true,
    witnessedBy: true,
    givenAt: true,
    expiresAt: true,
  })
  .refine(expiresAfterGiven, expiresAfterGivenIssue);

export type GivenConsent = z.infer<typeof GivenConsentSchema>;

export type ConsentRecord = z.infer<typeof ConsentRecordSchema>;

/** The categories still released: consented and not revoked since. */
export function releasedCategoriesOf(consent: ConsentRecord | null): ConsentDataCategory[] {
  if (!consent) return [];
  const revoked = new Set(consent.revokedCategories);
  return consent.dataCategories.filter((category) => !revoked.has(category));
}

/** Whether the client took back everything they had released (or released nothing and revoked). */
export function isFullyRevoked(consent: ConsentRecord): boolean {
  return consent.revokedAt !== null && releasedCategoriesOf(consent).length === 0;
}

/**
 * A consent that allows personal data to be used at `now`: recorded, not expired, not
 * revoked in full. Refuses with a stable reason otherwise.
 */
export function assertConsentUsable(consent: ConsentRecord | null, now: Date): ConsentRecord {
  if (!consent) throw consentMissing();
  if (isFullyRevoked(consent)) throw consentRevoked();
  if (now.getTime() >= Date.parse(consent.expiresAt)) throw consentExpired(consent.expiresAt);
  return consent;
}

/** What travels to the receiving side about the consent (categories as released now). */
export function consentSummaryOf(consent: ConsentRecord): ReferralConsentSummary {
  return {
    consentId: consent.consentId,
    dataCategories: releasedCategoriesOf(consent),
    purpose: consent.purpose,
    givenHow: consent.givenHow,
    givenAt: consent.givenAt,
    expiresAt: consent.expiresAt,
  };
}
