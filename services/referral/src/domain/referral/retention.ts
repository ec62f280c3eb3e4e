import type { ServiceKind } from "@counselling/contracts";
import type { Referral } from "./referral";
import { isFinal } from "./referral-status";

/** How long personal data of a finished referral are kept, per kind of the receiving service. */
export interface RetentionPolicy {
  daysByServiceKind: Partial<Record<ServiceKind, number>>;
  defaultDays: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function retentionDaysFor(policy: RetentionPolicy, kind: ServiceKind): number {
  return policy.daysByServiceKind[kind] ?? policy.defaultDays;
}

/**
 * When a referral was finished: the time of its last status change, once that is a final
 * one (declined, closed, cancelled, expired); null while it is still open. Later changes
 * that are not transitions (a revocation) do not restart the retention period.
 */
export function finishedAtOf(referral: Referral): string | null {
  if (!isFinal(referral.status)) return null;
  return referral.timeline.at(-1)?.at ?? referral.createdAt;
}

/** The latest finishing time whose referrals of this kind are due for anonymisation at `now`. */
export function finishedBeforeFor(policy: RetentionPolicy, kind: ServiceKind, now: Date): Date {
  return new Date(now.getTime() - retentionDaysFor(policy, kind) * DAY_MS);
}

/**
 * Whether the retention job anonymises the referral now: finished longer ago than the
 * retention of its receiving service's kind, and not yet erased.
 */
export function isDueForAnonymisation(referral: Referral, policy: RetentionPolicy, now: Date): boolean {
  const finishedAt = finishedAtOf(referral);
  if (finishedAt === null || referral.personalDataErasedAt !== null) return false;
  return Date.parse(finishedAt) <= finishedBeforeFor(policy, referral.to.serviceKind, now).getTime();
}
