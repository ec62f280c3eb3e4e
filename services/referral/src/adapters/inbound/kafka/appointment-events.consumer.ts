import {
  type AppointmentDetails,
  AppointmentBookedV1,
  AppointmentCancelledV1,
  AppointmentCheckedInV1,
  AppointmentCompletedV1,
  AppointmentNoShowV1,
  AppointmentRescheduledV1,
  type Attribution,
  type CancellationReason,
  type EventEnvelope,
  Topics,
} from "@counselling/contracts";
import {
  type EventHandler,
  IdempotentConsumer,
  type IdempotentConsumerOptions,
  on,
} from "@counselling/platform";
import type { FollowAppointment } from "../../../application/follow-appointment/follow-appointment.use-case";
import type { AppointmentFact } from "../../../domain/referral/follow-appointment";

// kafkajs and pino types come through the platform: referral does not depend on them directly.
export type AppointmentEventsConsumerOptions = Pick<
  IdempotentConsumerOptions,
  "kafka" | "groupId" | "topicPrefix" | "processed" | "deadLetters" | "logger"
> & { followAppointment: FollowAppointment };

type AppointmentEventData = AppointmentDetails & Attribution & { reason?: CancellationReason };

/**
 * Reads booking.appointments.v1 and moves referrals along their appointment. Only events
 * that carry a referral id matter; the rest are skipped without a database read.
 */
export function createAppointmentEventsConsumer(
  options: AppointmentEventsConsumerOptions,
): IdempotentConsumer {
  const follow =
    (kind: AppointmentFact["kind"]) =>
    async (envelope: EventEnvelope & { data: AppointmentEventData }): Promise<void> => {
      const { data } = envelope;
      if (data.referralId === null) return;
      const status = await options.followAppointment.execute(
        data.referralId,
        {
          kind,
          appointmentId: data.appointmentId,
          startsAt: data.time.startsAt,
          actor: data.actor,
          at: data.at,
          ...(kind === "cancelled" && data.reason ? { cancellationReason: data.reason } : {}),
        },
        { correlationId: envelope.correlationId, causationId: envelope.id },
      );
      // Ids and statuses only: appointment events carry the client's name and phone.
      options.logger.debug(
        { referralId: data.referralId, appointmentId: data.appointmentId, kind, status },
        "appointment event followed",
      );
    };
  const handlers: EventHandler[] = [
    on(AppointmentBookedV1, follow("booked")),
    on(AppointmentRescheduledV1, follow("rescheduled")),
    on(AppointmentCheckedInV1, follow("checked_in")),
    on(AppointmentCompletedV1, follow("completed")),
    on(AppointmentNoShowV1, follow("no_show")),
    on(AppointmentCancelledV1, follow("cancelled")),
  ];
  return new IdempotentConsumer({
    kafka: options.kafka,
    groupId: options.groupId,
    topics: [Topics.bookingAppointments],
    topicPrefix: options.topicPrefix,
    handlers,
    processed: options.processed,
    deadLetters: options.deadLetters,
    logger: options.logger,
  });
}
