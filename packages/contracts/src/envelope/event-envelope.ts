import { z } from "zod";

/**
 * The envelope every event travels in (ARCHITECTURE.md "Events").
 * `subject` is the aggregate id and also the Kafka message key, so all events of
 * one aggregate land on one partition and keep their order.
 */
export const EventEnvelopeSchema = z.object({
  id: z.uuid(),
  type: z
    .string()
    .regex(/^[a-z]+(\.[a-z_]+)+$/, "type is a dotted, lower-case past-tense fact, e.g. appointment.booked"),
  version: z.number().int().positive(),
  occurredAt: z.iso.datetime({ offset: true }),
  source: z.string().min(1),
  subject: z.string().min(1),
  correlationId: z.string().min(1),
  causationId: z.string().min(1).nullable(),
  data: z.unknown(),
});

export type EventEnvelope = z.infer<typeof EventEnvelopeSchema>;
