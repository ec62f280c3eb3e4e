import { AppError, type StaffPrincipal, staffActorOf } from "@counselling/platform";
import { receiveReferral } from "../../domain/referral/intake-decisions";
import { personalDataFieldsOf, type ReceiverView, receiverViewOf } from "../../domain/referral/receiver-view";
import { authorizeReceiver } from "../access/referral-access";

import type { Clock } from "../ports/clock.port";
import type { PersonalDataAudit } from "../ports/personal-data-audit.port";
import type { ReferralRepository } from "../ports/referral-repository.port";
import { changeReferral } from "../shared/change-referral";

/**
 * Intake opens a referral of its inbox: the first opening marks it received; every
 * opening that shows personal data is audited before the data is returned.
 */
export class OpenReferral {
  constructor(
    private readonly deps: { referrals: ReferralRepository; audit: PersonalDataAudit; clock: Clock },
  ) {}

  async execute(referralId: string, staff: StaffPrincipal): Promise<ReceiverView> {
    const { referral } = await changeReferral(this.deps, referralId, (current, now) => {
      authorizeReceiver(staff, current);
      return current.status === "sent"
        ? receiveReferral(current, { actor: staffActorOf(staff), at: now })
        : { referral: current, facts: [] };
    });
    const now = this.deps.clock();
    const view = receiverViewOf(referral, now);
    const fields = personalDataFieldsOf(view);
    if (fields.length > 0) {
      await this.deps.audit
        .recordReads([
          {
            referralId,
            staffId: staff.staffId,
            role: staff.role,
            organisationId: staff.organisationId,
            fields,
            purpose: "intake.open",
            at: now,
          },
        ])
        .catch((cause: unknown) => {
          throw new AppError("UNAVAILABLE", "The read could not be audited; please try again", { cause });
        });
    }
    return view;
  }
}
