import { type EnvelopeOf, type EventDefinition } from "../envelope/define-event";
import { AppointmentBookedV1 } from "../events/appointment/appointment-booked.v1";
import { AppointmentCancelledV1 } from "../events/appointment/appointment-cancelled.v1";
import { AppointmentCheckedInV1 } from "../events/appointment/appointment-checked-in.v1";
import { AppointmentCompletedV1 } from "../events/appointment/appointment-completed.v1";
import { AppointmentNoShowV1 } from "../events/appointment/appointment-no-show.v1";
import { AppointmentRescheduledV1 } from "../events/appointment/appointment-rescheduled.v1";
import { SmsDeliveryStatusChangedV1 } from "../events/notify/sms-delivery-status-changed.v1";
import { SmsReplyReceivedV1 } from "../events/notify/sms-reply-received.v1";
import { PrivacyErasureConfirmedV1 } from "../events/privacy/erasure-confirmed.v1";
import { PrivacyErasureRequestedV1 } from "../events/privacy/erasure-requested.v1";
import { WaitlistSlotOfferedV1 } from "../events/waitlist/waitlist-slot-offered.v1";
import { ReferralAcceptedV1 } from "../events/referral/referral-accepted.v1";
import { ReferralAttendedV1 } from "../events/referral/referral-attended.v1";
import { ReferralCancelledV1 } from "../events/referral/referral-cancelled.v1";
import { ReferralClosedV1 } from "../events/referral/referral-closed.v1";
import { ReferralConsentRevokedV1 } from "../events/referral/referral-consent-revoked.v1";
import { ReferralDeclinedV1 } from "../events/referral/referral-declined.v1";
import { ReferralExpiredV1 } from "../events/referral/referral-expired.v1";
import { ReferralNotAttendedV1 } from "../events/referral/referral-not-attended.v1";
import { ReferralReceivedV1 } from "../events/referral/referral-received.v1";
import { ReferralScheduledV1 } from "../events/referral/referral-scheduled.v1";
import { ReferralSentV1 } from "../events/referral/referral-sent.v1";
import { ReferralUnscheduledV1 } from "../events/referral/referral-unscheduled.v1";

/** Every event type and version the network knows. A new definition is added here. */
export const eventCatalog = [
  AppointmentBookedV1,
  AppointmentRescheduledV1,
  AppointmentCancelledV1,
  AppointmentCheckedInV1,
  AppointmentNoShowV1,
  AppointmentCompletedV1,
  WaitlistSlotOfferedV1,
  ReferralSentV1,
  ReferralReceivedV1,
  ReferralAcceptedV1,
  ReferralDeclinedV1,
  ReferralScheduledV1,
  ReferralUnscheduledV1,
  ReferralAttendedV1,
  ReferralNotAttendedV1,
  ReferralClosedV1,
  ReferralCancelledV1,
  ReferralExpiredV1,
  ReferralConsentRevokedV1,
  SmsDeliveryStatusChangedV1,
  SmsReplyReceivedV1,
  PrivacyErasureRequestedV1,
  PrivacyErasureConfirmedV1,
] as const;

export type CatalogedEventDefinition = (typeof eventCatalog)[number];
export type EventType = CatalogedEventDefinition["type"];

/** Distributes over the union, so each member keeps its own literal type, version and payload. */
type EnvelopeOfEach<D> = D extends EventDefinition ? EnvelopeOf<D> : never;

/** Any known event; narrow it with `switch (event.type)` (and `version` once a type has two). */
export type AnyEventEnvelope = EnvelopeOfEach<CatalogedEventDefinition>;

export type EventEnvelopeOfType<T extends EventType, V extends number = number> = Extract<
  AnyEventEnvelope,
  { type: T; version: V }
>;

const catalogKey = (type: string, version: number): string => `${type}@${version}`;

const definitionsByKey: ReadonlyMap<string, CatalogedEventDefinition> = new Map(
  eventCatalog.map((definition) => [catalogKey(definition.type, definition.version), definition]),
);

/** The definition a consumer parses a message with; undefined means "send it to the dead-letter topic". */
export function findEventDefinition<T extends EventType, V extends number>(
  type: T,
  version: V,
): Extract<CatalogedEventDefinition, { type: T; version: V }> | undefined;
export function findEventDefinition(type: string, version: number): CatalogedEventDefinition | undefined;
export function findEventDefinition(type: string, version: number): CatalogedEventDefinition | undefined {
  return definitionsByKey.get(catalogKey(type, version));
}
