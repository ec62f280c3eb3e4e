import type { ConsentDataCategory } from "@counselling/contracts";
import { type StaffPrincipal, staffActorOf } from "@counselling/platform";
import { clientIdOf } from "../../domain/referral/personal-data";
import { type AcceptanceDeadline, acceptanceDeadlineFor } from "../../domain/referral/recipient-directory";
import type { ReferralStatus } from "../../domain/referral/referral-status";
import { categoriesReleasedOnSend, sendReferral } from "../../domain/referral/send-referral";
import { authorizeReferrer } from "../access/referral-access";
import type { Clock } from "../ports/clock.port";
import type { PersonalDataAccessLogPort } from "../ports/personal-data-access-log.port";
import type { ReferralRepository } from "../ports/referral-repository.port";
import type { ServiceDirectory } from "../ports/service-directory.port";
import { changeReferral } from "../shared/change-referral";
import { referralOrNotFound } from "../shared/find-referral";
import { recordAccess } from "../shared/record-access";
import type { ReferralPersonalData } from "../shared/referral-personal-data";

export interface SendReferralDependencies {
  referrals: ReferralRepository;
  clock: Clock;
  serviceDirectory: ServiceDirectory;
  /** The acceptance deadline in working days of a region-wide referral (no single service known). */
  defaultAcceptWithinWorkingDays: number;
  personalData: ReferralPersonalData;
  accessLog: PersonalDataAccessLogPort;
}

export interface SentReferralReply {
  status: ReferralStatus;
  acceptBy: string | null;
  /** The receiving service's deadline in working days, and where it came from. */
  acceptWithin: AcceptanceDeadline;
  withheldCategories: ConsentDataCategory[];
}

/**
 * The counsellor sends the referral: refused without a usable consent; unreleased data is
 * withheld (the shared data are sealed again with the released categories only, and that
 * is what `referral.sent` carries). The acceptance deadline starts now, so it is decided
 * now from booking's directory (the recipient checked again: 422
 * `service_kind_not_offered`); if booking cannot be asked, sending is refused (503
 * `booking_unavailable`, the draft stays as it is) rather than started with a guessed
 * deadline or sent to an unchecked recipient (ADR 32). The sending is checked before
 * booking is asked, recorded in the access log (it passes the client's data on and
 * deletes the withheld ones) and decided again on fresh state when written.
 */
export class SendReferral {
  constructor(private readonly deps: SendReferralDependencies) {}

  async execute(referralId: string, staff: StaffPrincipal): Promise<SentReferralReply> {
    const current = await referralOrNotFound(this.deps.referrals, referralId);
    authorizeReferrer(staff, current);
    categoriesReleasedOnSend(current, this.deps.clock()); // refusals first
    const directory = current.to.scope === "organisation" ? await this.deps.serviceDirectory.services() : [];
    const acceptWithin = acceptanceDeadlineFor(
      current.to,
      directory,
      this.deps.defaultAcceptWithinWorkingDays,
    );
    await recordAccess(this.deps.accessLog, staff, {
      action: "change",
      procedure: "counsellor.send",
      purpose: "pass the released data on to the receiving service and delete what was not released",
      clientIds: [clientIdOf(current)],
      recordIds: [referralId],
      fields: current.sharedData.categories,
    });
    let withheldCategories: ConsentDataCategory[] = [];
    const { referral } = await changeReferral(this.deps, referralId, async (fresh, now) => {
      authorizeReferrer(staff, fresh);
      const attribution = { actor: staffActorOf(staff), at: now };
      const release = await this.deps.personalData.narrowShared(
        fresh.sharedData,
        categoriesReleasedOnSend(fresh, now),
      );
      const sent = sendReferral(fresh, attribution, release, acceptWithin.workingDays);
      withheldCategories = sent.withheldCategories;
      return sent;
    });
    return { status: referral.status, acceptBy: referral.acceptBy, acceptWithin, withheldCategories };
  }
}
