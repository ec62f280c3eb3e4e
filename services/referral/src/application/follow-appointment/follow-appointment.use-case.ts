import { type AppointmentFact, followAppointment } from "../../domain/referral/follow-appointment";
import type { ReferralStatus } from "../../domain/referral/referral-status";
import type { Clock } from "../ports/clock.port";
import type { ReferralRepository } from "../ports/referral-repository.port";
import { changeReferral } from "../shared/change-referral";
import type { CausedBy } from "../shared/referral-outbox-entries";

/**
 * Closes the loop from booking's appointment events: the referral follows its
 * appointment on its own (scheduled, attended, not attended; back to accepted when the
 * appointment is cancelled). Naturally idempotent: the same fact twice changes nothing,
 * on top of the consumer's envelope-id deduplication.
 */
export class FollowAppointment {
  constructor(private readonly deps: { referrals: ReferralRepository; clock: Clock }) {}

  /** Null when the referral is not ours (e.g. made in another network): nothing to follow. */
  async execute(
    referralId: string,
    fact: AppointmentFact,
    causedBy: CausedBy,
  ): Promise<ReferralStatus | null> {
    if (!(await this.deps.referrals.findById(referralId))) return null;
    const { referral } = await changeReferral(
      this.deps,
      referralId,
      (current) => followAppointment(current, fact),
      causedBy,
    );
    return referral.status;
  }
}
