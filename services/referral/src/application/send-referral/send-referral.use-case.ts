import type { ConsentDataCategory } from "@counselling/contracts";
import { type StaffPrincipal, staffActorOf } from "@counselling/platform";
import type { ReferralStatus } from "../../domain/referral/referral-status";
import { sendReferral } from "../../domain/referral/send-referral";
import { authorizeReferrer } from "../access/referral-access";

import type { Clock } from "../ports/clock.port";
import type { ReferralRepository } from "../ports/referral-repository.port";
import { changeReferral } from "../shared/change-referral";

/** The counsellor sends the referral: refused without a usable consent; unreleased data is withheld. */
export class SendReferral {
  constructor(private readonly deps: { referrals: ReferralRepository; clock: Clock }) {}

  async execute(
    referralId: string,
    staff: StaffPrincipal,
  ): Promise<{ status: ReferralStatus; acceptBy: string | null; withheldCategories: ConsentDataCategory[] }> {
    let withheldCategories: ConsentDataCategory[] = [];
    const { referral } = await changeReferral(this.deps, referralId, (current, now) => {
      authorizeReferrer(staff, current);
      const sent = sendReferral(current, { actor: staffActorOf(staff), at: now });
      withheldCategories = sent.withheldCategories;
      return sent;
    });
    return { status: referral.status, acceptBy: referral.acceptBy, withheldCategories };
  }
}
