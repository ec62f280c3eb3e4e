import type { ReferralStatus } from "../../api/service-types";

/** Statuses after which nothing happens any more (the referral service's final states). */
export const finalReferralStatuses: readonly ReferralStatus[] = [
  "declined",
  "closed",
  "cancelled",
  "expired",
];

/** While intake has not decided, the referrer may still hold a slot (warm handover). */
export const awaitingAcceptance: readonly ReferralStatus[] = ["sent", "received"];

export function isFinalReferralStatus(status: ReferralStatus): boolean {
  return finalReferralStatuses.includes(status);
}
