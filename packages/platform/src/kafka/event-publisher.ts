import type { EventEnvelope } from "@counselling/contracts";
import { type Kafka, type Message, Partitioners, type Producer } from "kafkajs";
import type { PlatformMetrics } from "../metrics/platform-metrics";
import type { OutboxEntry } from "../outbox/outbox-fields";
import { currentTraceCarrier, type TraceCarrier } from "../tracing/trace-carrier";

/** Headers that let tools route and filter without parsing the body. */
export function envelopeHeaders(envelope: EventEnvelope): Record<string, string> {
  return {
    "event-id": envelope.id,
    "event-type": envelope.type,
    "event-version": String(envelope.version),
    "correlation-id": envelope.correlationId,
  };
}

/** `trace`: the W3C context the event was caused in, as `traceparent`/`tracestate` headers. */
export function toKafkaMessage(envelope: EventEnvelope, trace?: TraceCarrier): Message {
  return {
    key: envelope.subject,
    value: JSON.stringify(envelope),
    headers: { ...envelopeHeaders(envelope), ...trace },
  };
}

/**
 * Publishes envelopes keyed by subject (aggregate id), so per-aggregate order
 * holds on one partition. Waits for all in-sync replicas. One in-flight request
 * per connection keeps order across kafkajs retries.
 */
export class EventPublisher {
  private readonly producer: Producer;
  private connected = false;
  private metrics: PlatformMetrics | undefined;

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

  /** Counts what Kafka acknowledged in `events_published_total`. */
  useMetrics(metrics: PlatformMetrics): this {
    this.metrics = metrics;
    return this;
  }

  async connect(): Promise<void> {
    if (this.connected) return;
    await this.producer.connect();
    this.connected = true;
  }

  topicName(baseTopic: string): string {
    return this.topicPrefix + baseTopic;
  }

  /** Publishes now, in the active trace context. */
  async publish(baseTopic: string, envelopes: EventEnvelope[]): Promise<void> {
    if (envelopes.length === 0) return;
    const trace = currentTraceCarrier();
    await this.producer.send({
      topic: this.topicName(baseTopic),
      acks: -1,
      messages: envelopes.map((envelope) => toKafkaMessage(envelope, trace)),
    });
    for (const envelope of envelopes) this.count(baseTopic, envelope);
  }

  /**
   * Outbox entries, several topics in one request; order within each topic-partition is
   * kept. Each carries the trace it was written in, not the relay's.
   */
  async publishBatch(entries: OutboxEntry[]): Promise<void> {
    const byTopic = new Map<string, Message[]>();
    for (const entry of entries) {
      const messages = byTopic.get(entry.topic) ?? [];
      messages.push(toKafkaMessage(entry.envelope, entry.trace));
      byTopic.set(entry.topic, messages);
    }
    if (byTopic.size === 0) return;
    await this.producer.sendBatch({
      topicMessages: [...byTopic].map(([topic, messages]) => ({ topic: this.topicName(topic), messages })),
      acks: -1,
    });
    for (const entry of entries) this.count(entry.topic, entry.envelope);
  }

  private count(baseTopic: string, envelope: EventEnvelope): void {
    this.metrics?.eventsPublished.inc({ topic: baseTopic, type: envelope.type });
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
