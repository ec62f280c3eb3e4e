import { PrivacyErasureRequestedV1, Topics } from "@counselling/contracts";
import { EventPublisher, IdempotentConsumer, on, ProcessedEventStore } from "@counselling/platform";
import type { Kafka } from "kafkajs";
import type { Collection } from "mongodb";
import type { Logger } from "pino";
import { type ErasePersonalData } from "../../../application/privacy/erase-personal-data.use-case";

export interface PrivacyErasureConsumerOptions {
  kafka: Kafka;
  topicPrefix: string;
  processedEvents: Collection;
  logger: Logger;
  erasePersonalData: ErasePersonalData;
  sessionTimeoutMs: number;
}

/**
 * Erasure requests in (ADR 0011 § 5), confirmations out through the receipts' outbox. A group
 * of its own, so a backlog of appointment events never holds an erasure up. The topic also
 * carries every service's confirmations: this consumer has no handler for them and skips them.
 */
export function createPrivacyErasureConsumer(options: PrivacyErasureConsumerOptions): IdempotentConsumer {
  return new IdempotentConsumer({
    kafka: options.kafka,
    groupId: "notify.privacy-erasures",
    topics: [Topics.privacyErasures],
    topicPrefix: options.topicPrefix,
    processed: new ProcessedEventStore(options.processedEvents as never),
    deadLetters: new EventPublisher(options.kafka, options.topicPrefix),
    logger: options.logger,
    partitionsConsumedConcurrently: 1,
    sessionTimeoutMs: options.sessionTimeoutMs,
    handlers: [on(PrivacyErasureRequestedV1, (event) => options.erasePersonalData.execute(event))],
  });
}
