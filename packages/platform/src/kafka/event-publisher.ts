import type { EventEnvelope } from "@counselling/contracts";
import { type Kafka, type Message, Partitioners, type Producer } from "kafkajs";

/** Headers that let tools route and filter without parsing the body. */
export function envelopeHeaders(envelope: EventEnvelope): Record<string, string> {
  return {
    "event-id": envelope.id,
    "event-type": envelope.type,
    "event-version": String(envelope.version),
    "correlation-id": envelope.correlationId,
  };
}

export function toKafkaMessage(envelope: EventEnvelope): Message {
  return { key: envelope.subject, value: JSON.stringify(envelope), headers: envelopeHeaders(envelope) };
}

/**
 * Publishes envelopes keyed by subject (aggregate id), so per-aggregate order
 * holds on one partition. Waits for all in-sync replicas. One in-flight request
 * per connection keeps order across kafkajs retries.
 */
export class EventPublisher {
  private readonly producer: Producer;
  private connected = false;

  constructor(
    kafka: Kafka,
    private readonly topicPrefix = "",
  ) {
    this.producer = kafka.producer({
      allowAutoTopicCreation: false,
      maxInFlightRequests: 1,
      // The Java client's murmur2 partitioner: same key, same partition as any Java/Go producer.
      createPartitioner: Partitioners.DefaultPartitioner,
    });
  }

  async connect(): Promise<void> {
    if (this.connected) return;
    await this.producer.connect();
    this.connected = true;
  }

  topicName(baseTopic: string): string {
    return this.topicPrefix + baseTopic;
  }

  async publish(baseTopic: string, envelopes: EventEnvelope[]): Promise<void> {
    if (envelopes.length === 0) return;
    await this.producer.send({
      topic: this.topicName(baseTopic),
      acks: -1,
      messages: envelopes.map(toKafkaMessage),
    });
  }

  /** Several topics in one request; order within each topic-partition is kept. */
  async publishBatch(envelopesByTopic: Map<string, EventEnvelope[]>): Promise<void> {
    const topicMessages = [...envelopesByTopic].map(([topic, envelopes]) => ({
      topic: this.topicName(topic),
      messages: envelopes.map(toKafkaMessage),
    }));
    if (topicMessages.length === 0) return;
    await this.producer.sendBatch({ topicMessages, acks: -1 });
  }

  /** Raw send, for dead letters that must keep the original bytes. */
  async sendRaw(topic: string, messages: Message[]): Promise<void> {
    await this.producer.send({ topic: this.topicName(topic), acks: -1, messages });
  }

  async disconnect(): Promise<void> {
    if (!this.connected) return;
    this.connected = false;
    await this.producer.disconnect();
  }
}
