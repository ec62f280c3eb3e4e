import type { ConsentDataCategory } from "@counselling/contracts";
import { AppError, type StaffPrincipal, staffActorOf } from "@counselling/platform";
import { type AcceptanceDeadline, acceptanceDeadlineFor } from "../../domain/referral/recipient-directory";
import type { ReferralStatus } from "../../domain/referral/referral-status";
import { sendReferral } from "../../domain/referral/send-referral";
import { authorizeReferrer } from "../access/referral-access";

import type { Clock } from "../ports/clock.port";
import type { ReferralRepository } from "../ports/referral-repository.port";
import type { ServiceDirectory } from "../ports/service-directory.port";
import { changeReferral } from "../shared/change-referral";

export interface SendReferralDependencies {
  referrals: ReferralRepository;
  clock: Clock;
  serviceDirectory: ServiceDirectory;
  /** The acceptance deadline in working days of a region-wide referral (no single service known). */
  defaultAcceptWithinWorkingDays: number;
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
 * withheld. The acceptance deadline starts now, so it is decided now from booking's
 * directory (the recipient checked again: 422 `service_kind_not_offered`); if booking
 * cannot be asked, sending is refused (503 `booking_unavailable`, the draft stays as it
 * is) rather than started with a guessed deadline or sent to an unchecked recipient
 * (ADR 32). The sending is checked before booking is asked and decided again on fresh
 * state when written.
 */
export class SendReferral {
  constructor(private readonly deps: SendReferralDependencies) {}

  async execute(referralId: string, staff: StaffPrincipal): Promise<SentReferralReply> {
    const current = await this.deps.referrals.findById(referralId);
    if (!current) throw AppError.notFound("Referral", referralId);
    authorizeReferrer(staff, current);
    sendReferral(current, { actor: staffActorOf(staff), at: this.deps.clock() }); // refusals first

    const directory = current.to.scope === "organisation" ? await this.deps.serviceDirectory.services() : [];
    const acceptWithin = acceptanceDeadlineFor(
      current.to,
      directory,
      this.deps.defaultAcceptWithinWorkingDays,
    );
    let withheldCategories: ConsentDataCategory[] = [];
    const { referral } = await changeReferral(this.deps, referralId, (fresh, now) => {
      authorizeReferrer(staff, fresh);
      const sent = sendReferral(fresh, { actor: staffActorOf(staff), at: now }, acceptWithin.workingDays);
      withheldCategories = sent.withheldCategories;
      return sent;
    });
    return { status: referral.status, acceptBy: referral.acceptBy, acceptWithin, withheldCategories };
  }
}
