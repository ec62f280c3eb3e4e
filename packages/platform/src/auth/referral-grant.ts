import { FederalStateSchema, IdSchema, ServiceKindSchema } from "@counselling/contracts";
import { z } from "zod";

/**
 * What a referral grant vouches for: this referral exists, this staff member acts for it,
 * and its client goes to a service of this kind at this recipient. Booking lets staff of
 * another organisation hold a slot only with a grant that fits the hold (ADR 33).
 */
export const ReferralGrantSchema = z.object({
  referralId: IdSchema,
  /** The staff member the grant was issued to: only their own holds.place may carry it. */
  staffId: IdSchema,
  serviceKind: ServiceKindSchema,
  to: z.object({
    /** The receiving organisation; null for a region-wide referral (any service of the kind in the Land). */
    organisationId: IdSchema.nullable(),
    federalState: FederalStateSchema,
  }),
});

export type ReferralGrant = z.infer<typeof ReferralGrantSchema>;

/** The HTTP header a grant travels in, next to the caller's `Authorization: Bearer`. */
export const REFERRAL_GRANT_HEADER = "x-referral-grant";
