import { EventEnvelopeSchema, deadLetterTopicOf } from "@counselling/contracts";
import { context, SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import type { Consumer, EachMessagePayload, Kafka, KafkaMessage } from "kafkajs";
import type { Logger } from "pino";
import type { EventPublisher } from "../kafka/event-publisher";
import type { LagTarget } from "../metrics/consumer-lag";
import type { PlatformMetrics } from "../metrics/platform-metrics";
import { platformTracer } from "../tracing/tracing";
import { contextFromHeaders } from "../tracing/trace-carrier";
import { type DeadLetterReason, toDeadLetter } from "./dead-letter";
import type { EventHandler } from "./event-handler";
import type { ProcessedEventStore } from "./processed-event-store";
import { backoffDelayMs, defaultRetryPolicy, isRetryable, type RetryPolicy } from "./retry-policy";

/** How long a stop waits for a start still joining its group. */
const STOP_WAITS_FOR_START_MS = 5_000;

export interface IdempotentConsumerOptions {
  kafka: Kafka;
  groupId: string;
  /** Base topic names (without the deployment's prefix). */
  topics: string[];
  topicPrefix?: string;
  handlers: EventHandler[];
  processed: ProcessedEventStore;
  /** Publishes dead letters (and nothing else) for this consumer. */
  deadLetters: EventPublisher;
  logger: Logger;
  retry?: RetryPolicy;
  partitionsConsumedConcurrently?: number;
  /**
   * How long a silent member keeps its partitions (kafkajs default 30 s): after a crash,
   * its partitions wait this long. Tests that kill processes set it low.
   */
  sessionTimeoutMs?: number;
}

class StopRequested extends Error {}

/**
 * At-least-once delivery in, exactly-once effect out:
 * - an envelope id already applied by this group is skipped (redelivery, relay republish);
 * - transient failures retry with backoff, the partition waits (bounded);
 * - anything that cannot be parsed, has an unknown version of a handled type,
 *   fails validation, fails permanently or exhausts its retries goes to
 *   `<topic>.dlq` with the reason in headers, and the partition moves on;
 * - event types this consumer has no handler for are skipped.
 * Handlers should still make their own effect idempotent where they can (the
 * envelope id is at hand): a crash between the effect and the marker replays it.
 * Each message is handled in a consumer span, child of the producer's `traceparent`
 * header: events the handler writes carry the same trace id, and so do its log lines.
 */
export class IdempotentConsumer {
  private readonly consumer: Consumer;
  private readonly handlers = new Map<string, EventHandler>();
  private readonly handledTypes = new Set<string>();
  private readonly retry: RetryPolicy;
  private readonly prefix: string;
  private stopping = false;
  private starting: Promise<void> | undefined;
  private metrics: PlatformMetrics | undefined;

  constructor(private readonly options: IdempotentConsumerOptions) {
    this.prefix = options.topicPrefix ?? "";
    this.retry = options.retry ?? defaultRetryPolicy;
    this.consumer = options.kafka.consumer({
      groupId: this.prefix + options.groupId,
      sessionTimeout: options.sessionTimeoutMs ?? 30_000,
      rebalanceTimeout: Math.max(options.sessionTimeoutMs ?? 30_000, 10_000),
      heartbeatInterval: Math.min(3_000, Math.floor((options.sessionTimeoutMs ?? 30_000) / 3)),
      maxWaitTimeInMs: 500,
      allowAutoTopicCreation: false,
    });
    for (const handler of options.handlers) {
      this.handlers.set(`${handler.definition.type}@${handler.definition.version}`, handler);
      this.handledTypes.add(handler.definition.type);
    }
  }

  /** Counts consumed and dead-lettered events into the service's metrics. */
  useMetrics(metrics: PlatformMetrics): this {
    this.metrics = metrics;
    return this;
  }

  /** The group and topics as Kafka names them (prefixed), for `kafka_consumer_lag`. */
  get lagTarget(): LagTarget {
    return {
      groupId: this.prefix + this.options.groupId,
      topics: this.options.topics.map((topic) => this.prefix + topic),
    };
  }

  /** Starts consuming; resolves once the group is joined (after a crash: the session timeout). */
  start(): Promise<void> {
    this.starting = this.connectAndRun();
    return this.starting;
  }

  private async connectAndRun(): Promise<void> {
    this.stopping = false;
    await this.options.deadLetters.connect();
    await this.consumer.connect();
    await this.consumer.subscribe({
      topics: this.options.topics.map((topic) => this.prefix + topic),
      fromBeginning: true,
    });
    await this.consumer.run({
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 3,
      eachMessage: (payload) => this.inSpan(payload),
    });
  }

  /** Stops fetching; a message mid-retry is abandoned uncommitted and redelivered later. */
  async stop(): Promise<void> {
    this.stopping = true;
    // Disconnecting in the middle of a group join leaves kafkajs's runner crashing into a
    // closed client; let a pending start finish first, for a bounded time.
    if (this.starting) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        this.starting.catch(() => undefined),
        new Promise((resolve) => (timer = setTimeout(resolve, STOP_WAITS_FOR_START_MS))),
      ]);
      clearTimeout(timer);
    }
    await this.consumer.disconnect();
  }

  private baseTopic(topic: string): string {
    return topic.startsWith(this.prefix) ? topic.slice(this.prefix.length) : topic;
  }

  private async inSpan(payload: EachMessagePayload): Promise<void> {
    const { topic, partition, message } = payload;
    const span = platformTracer().startSpan(
      `${this.baseTopic(topic)} process`,
      {
        kind: SpanKind.CONSUMER,
        attributes: {
          "messaging.system": "kafka",
          "messaging.destination.name": topic,
          "messaging.destination.partition.id": String(partition),
          "messaging.kafka.offset": Number(message.offset),
          "messaging.consumer.group.name": this.prefix + this.options.groupId,
        },
      },
      contextFromHeaders(message.headers),
    );
    try {
      await context.with(trace.setSpan(context.active(), span), () => this.onMessage(payload));
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw error;
    } finally {
      span.end();
    }
  }

  private async onMessage(payload: EachMessagePayload): Promise<void> {
    const { topic, partition, message } = payload;
    const heartbeat = () => payload.heartbeat();
    const base = this.baseTopic(topic);
    const deadLetter = (reason: DeadLetterReason, error: string, attempts = 0) =>
      this.deadLetter(message, { reason, error, topic: base, partition, attempts });

    let raw: unknown;
    try {
      raw = JSON.parse(message.value?.toString("utf8") ?? "");
    } catch (error) {
      return deadLetter("unparseable", describe(error));
    }
    const envelope = EventEnvelopeSchema.safeParse(raw);
    if (!envelope.success) return deadLetter("invalid_envelope", envelope.error.message);
    const { type, version, id } = envelope.data;

    if (!this.handledTypes.has(type)) return; // not this consumer's business
    const handler = this.handlers.get(`${type}@${version}`);
    if (!handler) return deadLetter("unsupported_version", `no handler for ${type} v${version}`);
    const typed = handler.definition.envelope.safeParse(raw);
    if (!typed.success) return deadLetter("invalid_payload", typed.error.message);

    const consumed = (outcome: "applied" | "duplicate"): void => {
      this.metrics?.eventsConsumed.inc({ group: this.options.groupId, topic: base, type, outcome });
    };
    const [applied] = await Promise.all([
      this.options.processed.has(this.options.groupId, id),
      handler.prefetch?.(typed.data).catch(() => undefined),
    ]);
    if (applied) {
      consumed("duplicate");
      return;
    }

    for (let attempt = 1; ; attempt++) {
      try {
        await handler.handle(typed.data, { topic: base, partition, offset: message.offset, attempt });
        await this.options.processed.markApplied(this.options.groupId, id);
        consumed("applied");
        // With trace_id (logger mixin): one booking's events can be followed through every service.
        this.options.logger.debug({ eventId: id, type, topic: base, partition }, "event applied");
        return;
      } catch (error) {
        if (!isRetryable(error)) return deadLetter("permanent_failure", describe(error), attempt);
        if (attempt >= this.retry.maxAttempts)
          return deadLetter("retries_exhausted", describe(error), attempt);
        this.options.logger.warn({ err: error, eventId: id, type, attempt }, "handler failed; retrying");
        await this.pause(backoffDelayMs(attempt, this.retry), heartbeat);
      }
    }
  }

  private async pause(ms: number, heartbeat: () => Promise<void>): Promise<void> {
    const until = Date.now() + ms;
    while (Date.now() < until) {
      if (this.stopping) throw new StopRequested("consumer stopping");
      await new Promise((resolve) => setTimeout(resolve, Math.min(500, until - Date.now())));
      await heartbeat();
    }
  }

  private async deadLetter(
    message: KafkaMessage,
    context: { reason: DeadLetterReason; error: string; topic: string; partition: number; attempts: number },
  ): Promise<void> {
    this.options.logger.error(
      { reason: context.reason, topic: context.topic, partition: context.partition, offset: message.offset },
      "message sent to dead-letter topic",
    );
    // The copy keeps the original headers, traceparent included: a replay continues the trace.
    await this.options.deadLetters.sendRaw(deadLetterTopicOf(context.topic), [
      toDeadLetter(message, { ...context, consumerGroup: this.options.groupId }),
    ]);
    this.metrics?.eventsDeadLettered.inc({
      group: this.options.groupId,
      topic: context.topic,
      reason: context.reason,
    });
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
