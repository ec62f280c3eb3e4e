import { AppError, type StaffPrincipal } from "@counselling/platform";
import { clientIdOf } from "../../domain/referral/personal-data";
import { referrerTimelineOf, type ReferrerTimeline } from "../../domain/referral/referrer-view";
import { authorizeReferrer } from "../access/referral-access";
import type { PersonalDataAccessLogPort } from "../ports/personal-data-access-log.port";
import type { ReferralRepository } from "../ports/referral-repository.port";
import { recordAccess } from "../shared/record-access";
import type { ReferralPersonalData } from "../shared/referral-personal-data";

export interface ReferralTimelineDependencies {
  referrals: ReferralRepository;
  personalData: ReferralPersonalData;
  accessLog: PersonalDataAccessLogPort;
}

/**
 * The referrer follows their referral: status timeline and outcome codes, never the
 * receiving side's case content and none of the shared data. The legal deadline's
 * description (the counsellor's own text) is the only personal datum: opened for the
 * view, and the read is recorded in the access log before it is returned (nothing is
 * recorded when there is none to show: no deadline, or erased).
 */
export class ReferralTimeline {
  constructor(private readonly deps: ReferralTimelineDependencies) {}

  async execute(referralId: string, staff: StaffPrincipal): Promise<ReferrerTimeline> {
    const referral = await this.deps.referrals.findById(referralId);
    if (!referral) throw AppError.notFound("Referral", referralId);
    authorizeReferrer(staff, referral);
    const view = referrerTimelineOf(
      referral,
      await this.deps.personalData.openLegalDeadlineDescription(referral),
    );
    if (view.legalDeadline !== null && view.legalDeadline.description !== null) {
      await recordAccess(this.deps.accessLog, staff, {
        action: "read",
        procedure: "counsellor.timeline",
        purpose: "follow the counsellor's own referral and its legal deadline",
        clientIds: [clientIdOf(referral)],
        recordIds: [referralId],
        fields: ["legal_deadline"],
      });
    }
    return view;
  }
}
