import type { Kafka } from "kafkajs";
import { on } from "../consumer/event-handler";
import { IdempotentConsumer } from "../consumer/idempotent-consumer";
import { ProcessedEventStore } from "../consumer/processed-event-store";
import type { EventPublisher } from "../kafka/event-publisher";
import { defineEvent, Topics } from "@counselling/contracts";
import type { Collection, Db } from "mongodb";
import { MongoClient } from "mongodb";
import { z } from "zod";
import { createLogger } from "../logging/create-logger";
import { newEnvelope } from "../kafka/new-envelope";
import { initialOutbox, type MongoUpdate, type OutboxEntry, withOutbox } from "../outbox/outbox-fields";
import { writeWithOutboxMark } from "../outbox/outbox-marks";

/** A tiny aggregate and event used to prove the outbox and the consumer on the real broker and database. */
export const CounterIncremented = defineEvent(
  Topics.bookingAppointments,
  "test.counter_incremented",
  1,
  z.object({ counterId: z.string(), amount: z.number().int() }),
);

export const silentLogger = createLogger({ service: "test", level: "silent" });

export function counterEntry(counterId: string, amount = 1): OutboxEntry {
  const envelope = newEnvelope(CounterIncremented, {
    subject: counterId,
    source: "test",
    data: { counterId, amount },
  });
  return { topic: CounterIncremented.topic, envelope };
}

export async function openDb(mongoUrl: string, dbName: string): Promise<{ client: MongoClient; db: Db }> {
  const client = await new MongoClient(mongoUrl, { directConnection: true, maxPoolSize: 20 }).connect();
  return { client, db: client.db(dbName) };
}

/** Writes an aggregate together with its pending event, in one insert (and its mark for the relay). */
export async function insertAggregateWithEvent(aggregates: Collection, entry: OutboxEntry): Promise<void> {
  await writeWithOutboxMark(aggregates, entry.envelope.subject, [entry], () =>
    aggregates.insertOne({
      _id: entry.envelope.subject as never,
      state: "created",
      ...initialOutbox([entry]),
    }),
  );
}

/** Appends events to an aggregate as a writer does: in one update, with the relay's mark. */
export async function appendEvents(
  aggregates: Collection,
  id: string,
  update: MongoUpdate,
  entries: OutboxEntry[],
): Promise<void> {
  await writeWithOutboxMark(aggregates, id, entries, () =>
    aggregates.updateOne({ _id: id as never }, withOutbox(update, entries)),
  );
}

/** A consumer whose effect is `$inc` on a counter document: any double application would show. */
export async function startCounterConsumer(options: {
  kafka: Kafka;
  db: Db;
  topicPrefix: string;
  /** The suite's publisher, shared for dead letters and disconnected by the suite. */
  publisher: EventPublisher;
  groupId: string;
  /** Make the handler fail this many times for one counter (others are unaffected). */
  failFor?: { counterId: string; times: number };
}): Promise<{ consumer: IdempotentConsumer; handlerCalls: (counterId: string) => number }> {
  const calls = new Map<string, number>();
  let failuresLeft = options.failFor?.times ?? 0;
  const counters = options.db.collection<{ _id: string; value: number }>("counters");
  const consumer = new IdempotentConsumer({
    kafka: options.kafka,
    groupId: options.groupId,
    topics: [CounterIncremented.topic],
    topicPrefix: options.topicPrefix,
    processed: new ProcessedEventStore(options.db.collection("processed_events")),
    deadLetters: options.publisher,
    logger: silentLogger,
    retry: { maxAttempts: 3, initialDelayMs: 20, maxDelayMs: 50 },
    handlers: [
      on(CounterIncremented, async (envelope) => {
        calls.set(envelope.data.counterId, (calls.get(envelope.data.counterId) ?? 0) + 1);
        if (envelope.data.counterId === options.failFor?.counterId && failuresLeft > 0) {
          failuresLeft--;
          throw new Error("transient failure");
        }
        await counters.updateOne(
          { _id: envelope.data.counterId },
          { $inc: { value: envelope.data.amount } },
          { upsert: true },
        );
      }),
    ],
  });
  await consumer.start();
  return { consumer, handlerCalls: (counterId) => calls.get(counterId) ?? 0 };
}

export async function counterValue(db: Db, counterId: string): Promise<number> {
  const doc = await db.collection<{ _id: string; value: number }>("counters").findOne({ _id: counterId });
  return doc?.value ?? 0;
}
