import { type z } from "zod";
import { EventEnvelopeSchema } from "../envelope/event-envelope";
import { type AnyEventEnvelope, type CatalogedEventDefinition, findEventDefinition } from "./event-catalog";

export type DecodeEventFailure =
  /** Not an envelope at all. */
  | { ok: false; reason: "invalid_envelope"; error: z.ZodError }
  /** A well-formed envelope of a type or version this build does not know. */
  | { ok: false; reason: "unknown_event"; type: string; version: number }
  /** A known type and version whose payload breaks its schema. */
  | { ok: false; reason: "invalid_payload"; type: string; version: number; error: z.ZodError };

export type DecodeEventResult =
  { ok: true; event: AnyEventEnvelope; definition: CatalogedEventDefinition } | DecodeEventFailure;

/**
 * Turns a parsed Kafka message value into a typed event, or says why not. Consumers
 * dead-letter every failure with `reason` in the headers instead of blocking the partition.
 */
export function decodeEventEnvelope(value: unknown): DecodeEventResult {
  const envelope = EventEnvelopeSchema.safeParse(value);
  if (!envelope.success) {
    return { ok: false, reason: "invalid_envelope", error: envelope.error };
  }
  const { type, version } = envelope.data;
  const definition = findEventDefinition(type, version);
  if (definition === undefined) {
    return { ok: false, reason: "unknown_event", type, version };
  }
  const event = definition.envelope.safeParse(value);
  if (!event.success) {
    return { ok: false, reason: "invalid_payload", type, version, error: event.error };
  }
  return { ok: true, event: event.data, definition };
}
