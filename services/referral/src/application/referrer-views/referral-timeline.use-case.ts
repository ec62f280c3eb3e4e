import { AppError, type StaffPrincipal } from "@counselling/platform";
import { referrerTimelineOf, type ReferrerTimeline } from "../../domain/referral/referrer-view";
import { authorizeReferrer } from "../access/referral-access";
import type { ReferralRepository } from "../ports/referral-repository.port";

/**
 * The referrer follows their referral: status timeline and outcome codes, never the
 * receiving side's case content and no personal data (so no audit record).
 */
export class ReferralTimeline {
  constructor(private readonly deps: { referrals: ReferralRepository }) {}

  async execute(referralId: string, staff: StaffPrincipal): Promise<ReferrerTimeline> {
    const referral = await this.deps.referrals.findById(referralId);
    if (!referral) throw AppError.notFound("Referral", referralId);
    authorizeReferrer(staff, referral);
    return referrerTimelineOf(referral);
  }
}
