import { AppError, isAppError } from "@counselling/platform";
import type { Referral } from "../../domain/referral/referral";
import type { ReferralChange } from "../../domain/referral/referral-facts";
import type { Clock } from "../ports/clock.port";
import type { ReferralRepository } from "../ports/referral-repository.port";
import { type CausedBy, referralOutboxEntries } from "./referral-outbox-entries";

const MAX_ATTEMPTS = 5;

/**
 * A decision on the current referral: authorize, then apply a domain transition. May be
 * async where personal data must be sealed again for it (send, revoke, a note).
 */
export type Decide = (current: Referral, now: Date) => ReferralChange | Promise<ReferralChange>;

/**
 * Load, decide, write with compare-and-set, and on a concurrent change decide again on
 * the fresh state (the domain re-checks the transition, so a retry never forces one).
 * A decision that changes nothing is not written.
 */
export async function changeReferral(
  deps: { referrals: ReferralRepository; clock: Clock },
  referralId: string,
  decide: Decide,
  causedBy: CausedBy = {},
): Promise<ReferralChange> {
  for (let attempt = 1; ; attempt++) {
    const current = await deps.referrals.findById(referralId);
    if (!current) throw AppError.notFound("Referral", referralId);
    const now = deps.clock();
    const change = await decide(current, now);
    if (change.referral === current) return change;
    try {
      await deps.referrals.update(
        change.referral,
        current.revision,
        referralOutboxEntries(change.facts, now, causedBy),
      );
      return { ...change, referral: { ...change.referral, revision: current.revision + 1 } };
    } catch (error) {
      const raced = isAppError(error) && error.reason === "concurrent_change";
      if (!raced || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}
