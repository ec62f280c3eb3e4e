import path from "node:path";
import {
  type CapturedProcess,
  isolatedSuite,
  startServiceProcess,
  testInfra,
  uniqueId,
  waitFor,
} from "@counselling/testkit";
import type { Consumer, KafkaMessage } from "kafkajs";
import { CounterIncremented, silentLogger } from "../test-fixtures/counter-fixture";
import { createKafka } from "../kafka/create-kafka";
import { traceIdOf } from "../tracing/trace-carrier";

const ENTRY = path.join(__dirname, "../test-fixtures/observed-service.main.ts");
const TRACE_ID = "5c1f9ad3e0b44a6c9d2e7f8a1b3c4d5e";

/**
 * A running service process on the real broker and database: what /metrics exposes,
 * and one trace id from an HTTP call through the outbox, Kafka, a consumer and the
 * consumer's own event.
 */
describe("observability of a running service", () => {
  let service: CapturedProcess & { url: string };
  let probe: Consumer;
  const seen: KafkaMessage[] = [];

  beforeAll(async () => {
    const { topicPrefix, dbName } = await isolatedSuite("observed");
    service = await startServiceProcess(ENTRY, {
      MONGO_DB: dbName,
      KAFKA_TOPIC_PREFIX: topicPrefix,
      OUTBOX_POLL_MS: "50",
    });
    probe = createKafka({
      clientId: "probe",
      brokers: testInfra().kafkaBrokers,
      logger: silentLogger,
    }).consumer({
      groupId: `probe-${uniqueId()}`,
      maxWaitTimeInMs: 100,
    });
    await probe.connect();
    await probe.subscribe({ topic: topicPrefix + CounterIncremented.topic, fromBeginning: true });
    await probe.run({
      eachMessage: ({ message }) => {
        seen.push(message);
        return Promise.resolve();
      },
    });
  });

  afterAll(async () => {
    await probe.disconnect();
    service.child.kill("SIGTERM");
    await service.exited;
  });

  const increment = (counterId: string, headers: Record<string, string> = {}) =>
    fetch(`${service.url}/trpc/counters.increment`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ counterId }),
    });

  const messageOf = (counterId: string) =>
    seen.find((message) => {
      const envelope = JSON.parse(message.value?.toString() ?? "{}") as { subject?: string };
      return envelope.subject === counterId;
    });

  it("carries the caller's traceparent through the outbox, Kafka headers, a consumer and its event", async () => {
    const counterId = `c-${uniqueId()}`;
    const response = await increment(counterId, { traceparent: `00-${TRACE_ID}-a1b2c3d4e5f60718-01` });
    expect(response.status).toBe(200);

    const first = await waitFor(
      () => Promise.resolve(messageOf(counterId)),
      (message) => message !== undefined,
      { what: "the event of the HTTP call on Kafka" },
    );
    expect(traceIdOf(first?.headers?.traceparent as Buffer)).toBe(TRACE_ID);
    expect(String(first?.headers?.["event-type"])).toBe(CounterIncremented.type);

    const echo = await waitFor(
      () => Promise.resolve(messageOf(`${counterId}-echo`)),
      (message) => message !== undefined,
      { what: "the event the consumer wrote" },
    );
    expect(traceIdOf(echo?.headers?.traceparent as Buffer)).toBe(TRACE_ID);
    // A new span (the consumer's), same trace.
    expect(String(echo?.headers?.traceparent)).not.toBe(String(first?.headers?.traceparent));
  });

  it("starts a new trace for a call without traceparent", async () => {
    const counterId = `c-${uniqueId()}`;
    await increment(counterId);
    const message = await waitFor(
      () => Promise.resolve(messageOf(counterId)),
      (found) => found !== undefined,
      { what: "the event on Kafka" },
    );
    const traceId = traceIdOf(message?.headers?.traceparent as Buffer);
    expect(traceId).toMatch(/^[\da-f]{32}$/);
    expect(traceId).not.toBe(TRACE_ID);
  });

  it("exposes request latency by procedure, consumer lag, outbox backlog and event counters at /metrics", async () => {
    await increment(`c-${uniqueId()}`);
    const metrics = await waitFor(
      () => fetch(`${service.url}/metrics`).then((response) => response.text()),
      (text) => text.includes("kafka_consumer_lag{") && text.includes("outbox_backlog{"),
      { what: "lag and backlog series" },
    );
    const service_ = { service: "observed-fixture" };
    expect(seriesOf(metrics, "http_request_duration_seconds_count")).toContainEqual({
      labels: { ...service_, method: "POST", route: "counters.increment", status_class: "2xx" },
      value: expect.any(Number) as number,
    });
    const lag = seriesOf(metrics, "kafka_consumer_lag");
    expect(lag.length).toBeGreaterThan(0);
    for (const { labels } of lag) {
      expect(labels.group).toMatch(/^t-observed-[\da-f]+\.observed-echo$/);
      expect(labels.topic).toMatch(/^t-observed-[\da-f]+\.booking\.appointments\.v1$/);
      expect(labels.partition).toMatch(/^\d+$/);
    }
    expect(seriesOf(metrics, "outbox_backlog")).toEqual([
      { labels: { ...service_, collection: "aggregates" }, value: expect.any(Number) as number },
    ]);
    expect(seriesOf(metrics, "events_published_total")).toContainEqual({
      labels: { ...service_, topic: "booking.appointments.v1", type: "test.counter_incremented" },
      value: expect.any(Number) as number,
    });
    expect(seriesOf(metrics, "events_consumed_total")).toContainEqual({
      labels: {
        ...service_,
        group: "observed-echo",
        topic: "booking.appointments.v1",
        type: "test.counter_incremented",
        outcome: "applied",
      },
      value: expect.any(Number) as number,
    });
    expect(seriesOf(metrics, "process_resident_memory_bytes")[0]?.value).toBeGreaterThan(0);
  });
});

/** The series of one metric in the Prometheus text format (label order is not fixed). */
function seriesOf(text: string, name: string): Array<{ labels: Record<string, string>; value: number }> {
  return text
    .split("\n")
    .filter((line) => line.startsWith(`${name}{`))
    .map((line) => {
      const close = line.lastIndexOf("}");
      const labels: Record<string, string> = {};
      for (const match of line.slice(name.length + 1, close).matchAll(/(\w+)="([^"]*)"/g)) {
        labels[match[1] ?? ""] = match[2] ?? "";
      }
      return { labels, value: Number(line.slice(close + 1).trim()) };
    });
}
