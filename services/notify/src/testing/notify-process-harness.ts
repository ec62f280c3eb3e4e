import { Topics } from "@counselling/contracts";
import { anAppointmentBookedEvent, anAppointmentClient } from "@counselling/contracts/testing";
import {
  type CapturedProcess,
  isolatedSuite,
  startServiceProcess,
  testInfra,
  uniqueId,
} from "@counselling/testkit";
import { Kafka, logLevel, type Producer } from "kafkajs";
import { type Db, MongoClient } from "mongodb";
import path from "node:path";

/** The notify process under test, its database, and a producer for booking's events. */
export interface NotifyProcessHarness {
  db: () => Db;
  kafka: () => Kafka;
  topicPrefix: () => string;
  startNotify: (env: Record<string, string>) => Promise<CapturedProcess & { url: string }>;
  /** Publishes `count` appointment.booked events as booking would (ids `<prefix>-<n>`), in batches of 100. */
  produceBooked: (
    count: number,
    phoneOf: (index: number) => string,
    prefix: string,
  ) => Promise<ReturnType<typeof anAppointmentBookedEvent>[]>;
}

/**
 * Suite set-up for tests that run notify as its own process on the real broker and
 * database: isolated topics and database, a producer, processes killed after each test.
 */
export function useNotifyProcess(suiteName: string): NotifyProcessHarness {
  let topicPrefix = "";
  let dbName = "";
  let client: MongoClient | undefined;
  let producer: Producer | undefined;
  const running: CapturedProcess[] = [];
  const kafka = () =>
    new Kafka({
      clientId: `notify-e2e-${uniqueId()}`,
      brokers: [testInfra().kafkaBrokers],
      logLevel: logLevel.NOTHING,
    });

  beforeAll(async () => {
    ({ topicPrefix, dbName } = await isolatedSuite(suiteName));
    client = await new MongoClient(testInfra().mongoUrl, { directConnection: true }).connect();
    producer = kafka().producer();
    await producer.connect();
  });
  afterEach(() => {
    for (const service of running.splice(0)) service.child.kill("SIGKILL");
  });
  afterAll(async () => {
    await producer?.disconnect();
    await client?.close();
  });

  return {
    db: () => {
      if (!client) throw new Error(`notify suite ${suiteName} is not set up`);
      return client.db(dbName);
    },
    kafka,
    topicPrefix: () => topicPrefix,
    async startNotify(env) {
      const notify = await startServiceProcess(path.join(__dirname, "../main.ts"), {
        KAFKA_TOPIC_PREFIX: topicPrefix,
        MONGO_DB: dbName,
        SMS_SEND_LEASE_MS: "2000",
        SMS_RECONCILE_INTERVAL_MS: "500",
        OUTBOX_POLL_MS: "100",
        ...env,
      });
      running.push(notify);
      return notify;
    },
    async produceBooked(count, phoneOf, prefix) {
      const events = Array.from({ length: count }, (_, index) =>
        anAppointmentBookedEvent({
          data: {
            appointmentId: `${prefix}-${String(index)}`,
            client: anAppointmentClient({
              phone: phoneOf(index),
              preferredLanguage: index % 2 ? "fa" : "de",
            }),
          },
        }),
      );
      for (let start = 0; start < events.length; start += 100) {
        await producer?.send({
          topic: topicPrefix + Topics.bookingAppointments,
          messages: events
            .slice(start, start + 100)
            .map((event) => ({ key: event.subject, value: JSON.stringify(event) })),
        });
      }
      return events;
    },
  };
}
