import type { ReferralDeclinedV1Data, ReferralOutcome, SealedPersonalData } from "@counselling/contracts";
import { type Attribution, moveTo, transitionData } from "./apply-transition";
import { assertConsentUsable } from "./consent-record";
import { catchUpWithAppointment } from "./follow-appointment";
import { assertPersonalDataKept } from "./personal-data";
import type { Referral } from "./referral";
import type { ReferralChange } from "./referral-facts";
import { assertTransition } from "./referral-status";

/** Intake opened the referral: from now on the receiving side works with its personal data. */
export function receiveReferral(referral: Referral, attribution: Attribution): ReferralChange {
  assertTransition(referral.status, "received");
  assertConsentUsable(referral.consent, attribution.at);
  const received = moveTo(referral, "received", attribution);
  return {
    referral: received,
    facts: [{ type: "referral.received", data: transitionData(received, attribution) }],
  };
}

export type AcceptingService = NonNullable<Referral["receiver"]>;

/**
 * The receiving service takes the client on. It needs the released data to do so,
 * hence a usable consent. An appointment booked before acceptance (events from two
 * services arrive in any order) is caught up with at once.
 */
export function acceptReferral(
  referral: Referral,
  receiver: AcceptingService,
  attribution: Attribution,
): ReferralChange {
  assertTransition(referral.status, "accepted");
  assertConsentUsable(referral.consent, attribution.at);
  const accepted = moveTo(referral, "accepted", attribution, { receiver });
  const caughtUp = catchUpWithAppointment(accepted, true);
  return {
    referral: caughtUp.referral,
    facts: [
      { type: "referral.accepted", data: { ...transitionData(accepted, attribution), ...receiver } },
      ...caughtUp.facts,
    ],
  };
}

export type Decline = Pick<ReferralDeclinedV1Data, "reason" | "reasonNote" | "suggestedService">;

/** Declining needs no personal data, so it stays possible after a revocation. */
export function declineReferral(
  referral: Referral,
  decline: Decline,
  attribution: Attribution,
): ReferralChange {
  const declined = moveTo(referral, "declined", attribution, { decline });
  return {
    referral: declined,
    facts: [{ type: "referral.declined", data: { ...transitionData(declined, attribution), ...decline } }],
  };
}

/** The receiving service closes the loop with an outcome code (never case content). */
export function closeReferral(
  referral: Referral,
  outcome: ReferralOutcome,
  attribution: Attribution,
): ReferralChange {
  const closed = moveTo(referral, "closed", attribution, { outcome });
  return {
    referral: closed,
    facts: [{ type: "referral.closed", data: { ...transitionData(closed, attribution), outcome } }],
  };
}

/**
 * A note of the receiving side: case content, shown to the receiving side only, sealed by
 * the application with the referral's key. None once the personal data are erased.
 */
export function addReceiverNote(
  referral: Referral,
  sealedText: SealedPersonalData,
  { actor, at }: Attribution,
): Referral {
  assertPersonalDataKept(referral);
  return {
    ...referral,
    receiverNotes: [...referral.receiverNotes, { sealedText, by: actor, at: at.toISOString() }],
  };
}
