import { randomUUID } from "node:crypto";
import { AppointmentBookedV1 } from "@counselling/contracts";
import { anAppointmentBookedData } from "@counselling/contracts/testing";
import {
  batchedInsertsInto,
  EventPublisher,
  IdempotentConsumer,
  OutboxRelay,
  ProcessedEventStore,
  createLogger,
  DOCUMENT_LOCKS_COLLECTION,
  DocumentLocks,
  initialOutbox,
  newEnvelope,
  on,
  writeWithOutboxMark,
} from "@counselling/platform";
import type { Benchmark } from "../benchmark";
import { percentile, runLoad } from "../measure";

const TOTAL = 1_000;
const SEQUENTIAL = 50;

/**
 * Our event path end to end: aggregate + event written in one insert, relay
 * publishes, an idempotent consumer applies. Compared with raw inserts and the
 * raw kafkajs round trip measured in the same run.
 */
export const outboxPipelineBenchmark: Benchmark = {
  name: "outbox pipeline",
  async run({ kafka, db, topicPrefix }) {
    const logger = createLogger({ service: "bench", level: "silent" });
    const aggregates = db.collection("aggregates");
    await aggregates.insertOne({ _id: "warm-up" as never });
    const publisher = new EventPublisher(kafka, topicPrefix);
    await publisher.connect();

    const lags: number[] = [];
    let applied = 0;
    const consumer = new IdempotentConsumer({
      kafka,
      groupId: "bench-outbox",
      topics: [AppointmentBookedV1.topic],
      topicPrefix,
      handlers: [
        on(AppointmentBookedV1, async (envelope) => {
          lags.push(Date.now() - Date.parse(envelope.occurredAt));
          applied++;
          await Promise.resolve();
        }),
      ],
      processed: new ProcessedEventStore(db.collection("processed_events")),
      deadLetters: publisher,
      logger,
    });
    await consumer.start();
    const relay = new OutboxRelay({
      collections: [aggregates],
      leases: db.collection("outbox_leases"),
      locks: DocumentLocks.on(db.collection(DOCUMENT_LOCKS_COLLECTION)),
      publisher,
      logger,
      pollIntervalMs: 20,
    });
    relay.start();

    const template = anAppointmentBookedData();
    const writeOne = async (): Promise<void> => {
      const appointmentId = randomUUID();
      const envelope = newEnvelope(AppointmentBookedV1, {
        subject: appointmentId,
        source: "bench",
        data: { ...template, appointmentId },
      });
      const entries = [{ topic: AppointmentBookedV1.topic, envelope }];
      // As the services write (ADR 0043): the insert group-committed with concurrent ones, its
      // outbox mark beside it. Without a mark the relay would find the event only on its 30 s sweep.
      await writeWithOutboxMark(aggregates, appointmentId, entries, () =>
        batchedInsertsInto(aggregates).insertOne({
          _id: appointmentId as never,
          status: "booked",
          ...initialOutbox(entries),
        }),
      );
      relay.nudge();
    };
    const appliedCount = async (count: number): Promise<void> => {
      while (applied < count) await new Promise((resolve) => setTimeout(resolve, 2));
    };

    // One event at a time: the delay a client sees between booking and the SMS being triggered.
    for (let index = 1; index <= SEQUENTIAL; index++) {
      await writeOne();
      await appliedCount(index);
    }
    const singleLags = lags.splice(0);

    const started = performance.now();
    const writes = await runLoad(TOTAL, 50, writeOne);
    await appliedCount(SEQUENTIAL + TOTAL);
    const pipelineSeconds = (performance.now() - started) / 1000;

    await relay.stop();
    await consumer.stop();
    await publisher.disconnect();
    return [
      {
        benchmark: "outbox pipeline",
        figure: "write → consumer applied, one at a time, p50",
        value: percentile(singleLags, 50),
        unit: "ms",
        baseline: "raw kafkajs · produce→consume round trip p50",
      },
      {
        benchmark: "outbox pipeline",
        figure: "write → consumer applied, one at a time, p99",
        value: percentile(singleLags, 99),
        unit: "ms",
      },
      {
        benchmark: "outbox pipeline",
        figure: "insert aggregate + event, 50 concurrent",
        value: writes.perSecond,
        unit: "docs/s",
        baseline: "raw database · insertOne, 50 concurrent",
      },
      {
        benchmark: "outbox pipeline",
        figure: "write → consumer applied, events/s",
        value: TOTAL / pipelineSeconds,
        unit: "events/s",
      },
      {
        benchmark: "outbox pipeline",
        figure: "write → consumer applied under load, p50",
        value: percentile(lags, 50),
        unit: "ms",
        note: "queueing behind 1,000 events written at once",
      },
      {
        benchmark: "outbox pipeline",
        figure: "write → consumer applied under load, p99",
        value: percentile(lags, 99),
        unit: "ms",
      },
    ];
  },
};
