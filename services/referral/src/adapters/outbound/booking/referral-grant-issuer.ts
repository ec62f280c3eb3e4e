import { AppError, type ReferralGrants, type StaffTokens } from "@counselling/platform";
import type { OnBehalfOf } from "../../../application/ports/slot-holds.port";
import type { ReferralRepository } from "../../../application/ports/referral-repository.port";

/** Makes the grant that goes with one `holds.place` for a referral (`x-referral-grant`). */
export interface ReferralGrantSource {
  grantFor(referralId: string, onBehalfOf: OnBehalfOf): Promise<string>;
}

/**
 * Vouches to booking that a hold is for a real referral (ADR 33): booking lets staff of
 * another organisation hold a slot only with such a grant. It names the referral, the
 * staff member whose token goes along (booking compares it with the token's), and where
 * the referral goes as stored here (its kind, the receiving organisation or null for a
 * region, the Land), so booking can tell that the chosen service is at the recipient.
 * The use case has authorized the referrer before it asks for a hold; the grant only
 * carries that decision to booking, for five minutes (one call).
 */
export class ReferralGrantIssuer implements ReferralGrantSource {
  constructor(
    private readonly deps: {
      referrals: Pick<ReferralRepository, "findById">;
      /** Reads the staff member from the passed-on token (already verified by referral's middleware). */
      staffTokens: Pick<StaffTokens, "verify">;
      grants: Pick<ReferralGrants, "issue">;
    },
  ) {}

  async grantFor(referralId: string, { bearerToken }: OnBehalfOf): Promise<string> {
    const { staffId } = await this.deps.staffTokens.verify(bearerToken);
    const referral = await this.deps.referrals.findById(referralId);
    if (!referral) throw AppError.notFound("Referral", referralId);
    const { to } = referral;
    return this.deps.grants.issue({
      referralId,
      staffId,
      serviceKind: to.serviceKind,
      to: {
        organisationId: to.scope === "organisation" ? to.organisationId : null,
        federalState: to.federalState,
      },
    });
  }
}
