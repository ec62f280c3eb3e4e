import { staffActorOf } from "@counselling/platform";
import type { ReferralStatus } from "../../domain/referral/referral-status";
import { cancelReferral } from "../../domain/referral/withdraw-referral";
import { authorizeReferrer } from "../access/referral-access";
import type { StaffCaller } from "../access/staff-caller";
import type { Clock } from "../ports/clock.port";
import type { ReferralRepository } from "../ports/referral-repository.port";
import { changeReferralLettingGoOfHold } from "../shared/let-go-of-hold";
import type { HoldReleaseDependencies } from "../shared/release-hold-quietly";
import type { CancelReferralInput } from "./cancel-referral.schema";

/** The referring counsellor withdraws the referral; a pending hold goes with it. */
export class CancelReferral {
  constructor(
    private readonly deps: HoldReleaseDependencies & { referrals: ReferralRepository; clock: Clock },
  ) {}

  async execute(input: CancelReferralInput, caller: StaffCaller): Promise<{ status: ReferralStatus }> {
    const { referral } = await changeReferralLettingGoOfHold(
      this.deps,
      input.referralId,
      (current, now) => {
        authorizeReferrer(caller.staff, current);
        return cancelReferral(
          current,
          { reason: input.reason, reasonNote: input.reasonNote },
          { actor: staffActorOf(caller.staff), at: now },
        );
      },
      caller,
    );
    return { status: referral.status };
  }
}
