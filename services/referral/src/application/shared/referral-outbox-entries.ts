import {
  type EventDefinition,
  ReferralAcceptedV1,
  ReferralAttendedV1,
  ReferralCancelledV1,
  ReferralClosedV1,
  ReferralConsentRevokedV1,
  ReferralDeclinedV1,
  ReferralExpiredV1,
  ReferralNotAttendedV1,
  ReferralReceivedV1,
  ReferralScheduledV1,
  ReferralSentV1,
  ReferralUnscheduledV1,
} from "@counselling/contracts";
import { newEnvelope, type OutboxEntry } from "@counselling/platform";
import type { ReferralFact } from "../../domain/referral/referral-facts";

const definitions = {
  "referral.sent": ReferralSentV1,
  "referral.received": ReferralReceivedV1,
  "referral.accepted": ReferralAcceptedV1,
  "referral.declined": ReferralDeclinedV1,
  "referral.scheduled": ReferralScheduledV1,
  "referral.unscheduled": ReferralUnscheduledV1,
  "referral.attended": ReferralAttendedV1,
  "referral.not_attended": ReferralNotAttendedV1,
  "referral.closed": ReferralClosedV1,
  "referral.cancelled": ReferralCancelledV1,
  "referral.expired": ReferralExpiredV1,
  "referral.consent_revoked": ReferralConsentRevokedV1,
} satisfies Record<ReferralFact["type"], EventDefinition>;

/** Tracing of a change: what caused it (an incoming event) and the story it belongs to. */
export interface CausedBy {
  correlationId?: string;
  causationId?: string | null;
}

/**
 * The facts of one change as outbox entries on referral.referrals.v1, keyed by the
 * referral id (order per referral holds). Envelopes are validated against the contracts
 * here, so a malformed event fails the write instead of every consumer.
 */
export function referralOutboxEntries(
  facts: ReferralFact[],
  now: Date,
  causedBy: CausedBy = {},
): OutboxEntry[] {
  return facts.map((fact) => {
    const definition: EventDefinition = definitions[fact.type];
    const envelope = newEnvelope(definition, {
      subject: fact.data.referralId,
      source: "referral",
      data: fact.data,
      occurredAt: now,
      correlationId: causedBy.correlationId,
      causationId: causedBy.causationId ?? null,
    });
    return { topic: definition.topic, envelope };
  });
}
