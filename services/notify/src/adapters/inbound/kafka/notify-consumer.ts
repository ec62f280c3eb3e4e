import {
  AppointmentBookedV1,
  AppointmentCancelledV1,
  AppointmentCheckedInV1,
  AppointmentCompletedV1,
  type AppointmentDetails,
  AppointmentNoShowV1,
  AppointmentRescheduledV1,
  Topics,
  WaitlistSlotOfferedV1,
} from "@counselling/contracts";
import { EventPublisher, IdempotentConsumer, on, ProcessedEventStore } from "@counselling/platform";
import type { Kafka } from "kafkajs";
import type { Collection } from "mongodb";
import type { Logger } from "pino";
import { type HandleAppointmentEvents } from "../../../application/appointment-events/handle-appointment-events.use-case";
import { type OfferWaitlistSlot } from "../../../application/send-sms/offer-waitlist-slot.use-case";

export interface NotifyConsumerOptions {
  kafka: Kafka;
  topicPrefix: string;
  processedEvents: Collection;
  logger: Logger;
  appointmentEvents: HandleAppointmentEvents;
  offerWaitlistSlot: OfferWaitlistSlot;
  partitionsConsumedConcurrently: number;
  /** How long a crashed replica keeps its partitions (KAFKA_SESSION_TIMEOUT_MS). */
  sessionTimeoutMs: number;
}

/**
 * Appointment and waitlist events in, texts and reminder plans out. Referral
 * events are not consumed: an appointment made through a referral arrives as
 * appointment.booked with its referralId, which is when the client is texted
 * (docs/adr/0023-notify-event-sources.md).
 */
export function createNotifyConsumer(options: NotifyConsumerOptions): IdempotentConsumer {
  const { appointmentEvents: handle } = options;
  const prefetch = (event: { data: AppointmentDetails }) => handle.prefetch(event);
  return new IdempotentConsumer({
    kafka: options.kafka,
    groupId: "notify",
    topics: [Topics.bookingAppointments, Topics.bookingWaitlist],
    topicPrefix: options.topicPrefix,
    processed: new ProcessedEventStore(options.processedEvents as never),
    deadLetters: new EventPublisher(options.kafka, options.topicPrefix),
    logger: options.logger,
    partitionsConsumedConcurrently: options.partitionsConsumedConcurrently,
    sessionTimeoutMs: options.sessionTimeoutMs,
    handlers: [
      on(AppointmentBookedV1, (event) => handle.booked(event), { prefetch }),
      on(AppointmentRescheduledV1, (event) => handle.rescheduled(event), { prefetch }),
      on(AppointmentCancelledV1, (event) => handle.cancelled(event), { prefetch }),
      on(AppointmentCheckedInV1, (event) => handle.attended(event, "checked_in"), { prefetch }),
      on(AppointmentNoShowV1, (event) => handle.attended(event, "no_show"), { prefetch }),
      on(AppointmentCompletedV1, (event) => handle.attended(event, "completed"), { prefetch }),
      on(WaitlistSlotOfferedV1, (event) => options.offerWaitlistSlot.execute(event)),
    ],
  });
}
