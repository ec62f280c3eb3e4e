import { type StaffPrincipal, staffActorOf } from "@counselling/platform";
import { receiveReferral } from "../../domain/referral/intake-decisions";
import { clientIdOf } from "../../domain/referral/personal-data";
import {
  categoriesVisibleToReceiver,
  personalDataFieldsOf,
  type ReceiverView,
  receiverViewOf,
} from "../../domain/referral/receiver-view";
import { authorizeReceiver } from "../access/referral-access";
import type { Clock } from "../ports/clock.port";
import type { PersonalDataAccessLogPort } from "../ports/personal-data-access-log.port";
import type { ReferralRepository } from "../ports/referral-repository.port";
import { changeReferral } from "../shared/change-referral";
import { recordAccess } from "../shared/record-access";
import type { ReferralPersonalData } from "../shared/referral-personal-data";

export interface OpenReferralDependencies {
  referrals: ReferralRepository;
  clock: Clock;
  personalData: ReferralPersonalData;
  accessLog: PersonalDataAccessLogPort;
}

/**
 * Intake opens a referral of its inbox: the first opening marks it received. The released
 * data and notes are opened for the view; every opening that shows personal data is
 * recorded in the access log before the data are returned. Erased data show as erased.
 */
export class OpenReferral {
  constructor(private readonly deps: OpenReferralDependencies) {}

  async execute(referralId: string, staff: StaffPrincipal): Promise<ReceiverView> {
    const { referral } = await changeReferral(this.deps, referralId, (current, now) => {
      authorizeReceiver(staff, current);
      return current.status === "sent"
        ? receiveReferral(current, { actor: staffActorOf(staff), at: now })
        : { referral: current, facts: [] };
    });
    const now = this.deps.clock();
    const opened = await this.deps.personalData.openForReceiver(
      referral,
      categoriesVisibleToReceiver(referral, now),
    );
    const view = receiverViewOf(referral, now, opened);
    const fields = personalDataFieldsOf(view);
    if (fields.length > 0) {
      await recordAccess(this.deps.accessLog, staff, {
        action: "read",
        procedure: "intake.open",
        purpose: "decide on the referral and contact the client",
        clientIds: [clientIdOf(referral)],
        recordIds: [referralId],
        fields,
      });
    }
    return view;
  }
}
