import { z } from "zod";

/**
 * Why a client is referred, coarse enough to travel with every referral for triage.
 * The counsellor's own words are personal data (category referral_reason).
 */
export const ReferralReasonCodeSchema = z.enum([
  "psychological_support",
  "asylum_procedure",
  "residence_law",
  "family_reunification",
  "social_benefits",
  "housing",
  "language_and_education",
  "work_and_training",
  "child_and_youth",
  "voluntary_return",
  "discrimination_or_violence",
  "everyday_integration",
  "other",
]);

export type ReferralReasonCode = z.infer<typeof ReferralReasonCodeSchema>;
