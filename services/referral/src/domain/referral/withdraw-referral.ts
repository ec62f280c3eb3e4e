import type { ReferralCancelledV1Data } from "@counselling/contracts";
import { type Attribution, moveTo, transitionData } from "./apply-transition";
import type { Referral } from "./referral";
import type { ReferralChange } from "./referral-facts";
import { awaitingAcceptanceStatuses } from "./referral-status";

export type Cancellation = Pick<ReferralCancelledV1Data, "reason" | "reasonNote">;

/** The referrer withdraws the referral, from any state that is not final. */
export function cancelReferral(
  referral: Referral,
  cancellation: Cancellation,
  attribution: Attribution,
): ReferralChange {
  const cancelled = moveTo(referral, "cancelled", attribution, { cancellation });
  return {
    referral: cancelled,
    facts: [
      { type: "referral.cancelled", data: { ...transitionData(cancelled, attribution), ...cancellation } },
    ],
  };
}

/** Whether acceptance is still pending at `now` although its working-day deadline has passed. */
export function isOverdueForAcceptance(referral: Referral, now: Date): boolean {
  return (
    awaitingAcceptanceStatuses.includes(referral.status) &&
    referral.acceptBy !== null &&
    Date.parse(referral.acceptBy) <= now.getTime()
  );
}

/** Not accepted within the receiving service's deadline: the referral runs out by itself. */
export function expireReferral(referral: Referral, attribution: Attribution): ReferralChange {
  const expired = moveTo(referral, "expired", attribution, { expiryCause: "not_accepted_in_time" });
  return {
    referral: expired,
    facts: [
      {
        type: "referral.expired",
        data: { ...transitionData(expired, attribution), cause: "not_accepted_in_time" },
      },
    ],
  };
}
