import { type StaffPrincipal, staffActorOf } from "@counselling/platform";
import type { ReferralStatus } from "../../domain/referral/referral-status";
import { cancelReferral } from "../../domain/referral/withdraw-referral";
import { authorizeReferrer } from "../access/referral-access";

import type { Clock } from "../ports/clock.port";
import type { ReferralRepository } from "../ports/referral-repository.port";
import { changeReferral } from "../shared/change-referral";
import type { CancelReferralInput } from "./cancel-referral.schema";

/** The referring counsellor withdraws the referral. */
export class CancelReferral {
  constructor(private readonly deps: { referrals: ReferralRepository; clock: Clock }) {}

  async execute(input: CancelReferralInput, staff: StaffPrincipal): Promise<{ status: ReferralStatus }> {
    const { referral } = await changeReferral(this.deps, input.referralId, (current, now) => {
      authorizeReferrer(staff, current);
      return cancelReferral(
        current,
        { reason: input.reason, reasonNote: input.reasonNote },
        { actor: staffActorOf(staff), at: now },
      );
    });
    return { status: referral.status };
  }
}
