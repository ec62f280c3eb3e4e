import type { Actor } from "@counselling/contracts";
import type { Referral } from "./referral";
import { assertTransition, type ReferralStatus } from "./referral-status";

/** Who did it and when, as every transition needs it. */
export interface Attribution {
  actor: Actor;
  at: Date;
}

/**
 * The one way a status changes: checked against the transition table, recorded in the
 * timeline with its actor and time. Callers add what is specific to the transition.
 */
export function moveTo(
  referral: Referral,
  to: ReferralStatus,
  { actor, at }: Attribution,
  changes: Partial<Referral> = {},
): Referral {
  assertTransition(referral.status, to);
  return {
    ...referral,
    ...changes,
    status: to,
    timeline: [...referral.timeline, { from: referral.status, to, actor, at: at.toISOString() }],
  };
}

/** The attribution part every referral event payload carries. */
export function transitionData(referral: Referral, { actor, at }: Attribution) {
  return { referralId: referral.referralId, actor, at: at.toISOString() };
}
