import type {
  ReferralAcceptedV1Data,
  ReferralAttendedV1Data,
  ReferralCancelledV1Data,
  ReferralClosedV1Data,
  ReferralConsentRevokedV1Data,
  ReferralDeclinedV1Data,
  ReferralExpiredV1Data,
  ReferralNotAttendedV1Data,
  ReferralReceivedV1Data,
  ReferralScheduledV1Data,
  ReferralSentV1Data,
  ReferralUnscheduledV1Data,
} from "@counselling/contracts";
import type { Referral } from "./referral";

/**
 * What a transition tells the world, as the contracts' payloads. The domain decides the
 * facts; the application wraps them in envelopes and writes them with the state change.
 */
export type ReferralFact =
  | { type: "referral.sent"; data: ReferralSentV1Data }
  | { type: "referral.received"; data: ReferralReceivedV1Data }
  | { type: "referral.accepted"; data: ReferralAcceptedV1Data }
  | { type: "referral.declined"; data: ReferralDeclinedV1Data }
  | { type: "referral.scheduled"; data: ReferralScheduledV1Data }
  | { type: "referral.unscheduled"; data: ReferralUnscheduledV1Data }
  | { type: "referral.attended"; data: ReferralAttendedV1Data }
  | { type: "referral.not_attended"; data: ReferralNotAttendedV1Data }
  | { type: "referral.closed"; data: ReferralClosedV1Data }
  | { type: "referral.cancelled"; data: ReferralCancelledV1Data }
  | { type: "referral.expired"; data: ReferralExpiredV1Data }
  | { type: "referral.consent_revoked"; data: ReferralConsentRevokedV1Data };

/** A referral after a change, and the facts the change caused (possibly none). */
export interface ReferralChange {
  referral: Referral;
  facts: ReferralFact[];
}
