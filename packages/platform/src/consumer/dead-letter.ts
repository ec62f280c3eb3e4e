import type { IHeaders, KafkaMessage, Message } from "kafkajs";

export type DeadLetterReason =
  | "unparseable"
  | "invalid_envelope"
  | "unsupported_version"
  | "invalid_payload"
  | "permanent_failure"
  | "retries_exhausted";

export interface DeadLetterContext {
  reason: DeadLetterReason;
  error: string;
  topic: string;
  partition: number;
  consumerGroup: string;
  attempts: number;
}

/**
 * The dead letter keeps the original key, value and headers byte for byte (so
 * it can be replayed as it was) and adds why and where it failed in headers.
 */
export function toDeadLetter(message: KafkaMessage, context: DeadLetterContext): Message {
  const headers: IHeaders = {
    ...message.headers,
    "dlq-reason": context.reason,
    "dlq-error": context.error.slice(0, 1000),
    "dlq-original-topic": context.topic,
    "dlq-original-partition": String(context.partition),
    "dlq-original-offset": message.offset,
    "dlq-consumer-group": context.consumerGroup,
    "dlq-attempts": String(context.attempts),
    "dlq-failed-at": new Date().toISOString(),
  };
  return { key: message.key, value: message.value, headers };
}
