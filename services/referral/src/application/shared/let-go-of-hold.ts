import type { SlotHold } from "../../domain/referral/slot-hold";
import { letGoOfHold } from "../../domain/referral/warm-handover";
import type { ReferralChange } from "../../domain/referral/referral-facts";
import type { OnBehalfOf } from "../ports/slot-holds.port";
import type { Clock } from "../ports/clock.port";
import type { ReferralRepository } from "../ports/referral-repository.port";
import { changeReferral, type Decide } from "./change-referral";
import { type HoldReleaseDependencies, releaseHoldQuietly } from "./release-hold-quietly";

/**
 * A change after which a pending warm-handover hold may have to go (decline, cancel,
 * revocation): the referral records the hold as released in the same write, then booking
 * is asked to free the time, on behalf of the staff member who decided.
 */
export async function changeReferralLettingGoOfHold(
  deps: HoldReleaseDependencies & { referrals: ReferralRepository; clock: Clock },
  referralId: string,
  decide: Decide,
  onBehalfOf: OnBehalfOf,
): Promise<ReferralChange> {
  let released: SlotHold | null = null;
  const change = await changeReferral(deps, referralId, async (current, now) => {
    const decided = await decide(current, now);
    const letGo = letGoOfHold(decided.referral);
    released = letGo.released;
    return letGo.released ? { ...decided, referral: letGo.referral } : decided;
  });
  await releaseHoldQuietly(deps, (released as SlotHold | null)?.appointmentId, onBehalfOf);
  return change;
}
