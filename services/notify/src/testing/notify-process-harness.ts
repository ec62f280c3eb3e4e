import { type EventEnvelope, Topics } from "@counselling/contracts";
import { anAppointmentBookedEvent } from "@counselling/contracts/testing";
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
import { aSealedClient, keyDbNameOf, personalDataOf } from "./notify-test-kit";

/** The notify process under test, its database, and a producer for booking's events. */
export interface NotifyProcessHarness {
  db: () => Db;
  kafka: () => Kafka;
  topicPrefix: () => string;
  startNotify: (env: Record<string, string>) => Promise<CapturedProcess & { url: string }>;
  /** The vault and phone indexer over the suite's key database, the one the process uses. */
  personalData: () => ReturnType<typeof personalDataOf>;
  /**
   * Publishes `count` appointment.booked events as booking would (ids `<prefix>-<n>`, client
   * keys `client-<prefix>-<n>`, name and phone sealed), in batches of 100.
   */
  produceBooked: (
    count: number,
    phoneOf: (index: number) => string,
    prefix: string,
    nameOf?: (index: number) => string,
  ) => Promise<ReturnType<typeof anAppointmentBookedEvent>[]>;
  /** Publishes events to a topic of the suite, keyed by their subject. */
  publish: (topic: string, events: EventEnvelope[]) => Promise<void>;
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

  const db = () => {
    if (!client) throw new Error(`notify suite ${suiteName} is not set up`);
    return client.db(dbName);
  };
  const publish = async (topic: string, events: EventEnvelope[]) => {
    for (let start = 0; start < events.length; start += 100) {
      await producer?.send({
        topic: topicPrefix + topic,
        messages: events
          .slice(start, start + 100)
          .map((event) => ({ key: event.subject, value: JSON.stringify(event) })),
      });
    }
  };

  return {
    db,
    personalData: () => personalDataOf(db()),
    publish,
    kafka,
    topicPrefix: () => topicPrefix,
    async startNotify(env) {
      const notify = await startServiceProcess(path.join(__dirname, "../main.ts"), {
        KAFKA_TOPIC_PREFIX: topicPrefix,
        MONGO_DB: dbName,
        PERSONAL_DATA_KEY_DB: keyDbNameOf(dbName),
        SMS_SEND_LEASE_MS: "2000",
        SMS_RECONCILE_INTERVAL_MS: "500",
        OUTBOX_POLL_MS: "100",
        ...env,
      });
      running.push(notify);
      return notify;
    },
    async produceBooked(count, phoneOf, prefix, nameOf = () => "Amal") {
      const { cipher } = personalDataOf(db());
      const events: Array<ReturnType<typeof anAppointmentBookedEvent>> = [];
      // Sealed 50 at a time: every client's first encryption creates their key.
      for (let start = 0; start < count; start += 50) {
        const indexes = Array.from({ length: Math.min(50, count - start) }, (_, offset) => start + offset);
        events.push(
          ...(await Promise.all(
            indexes.map(async (index) => {
              const appointmentId = `${prefix}-${String(index)}`;
              return anAppointmentBookedEvent({
                data: {
                  appointmentId,
                  client: await aSealedClient(cipher, {
                    clientId: `client-${appointmentId}`,
                    name: nameOf(index),
                    phone: phoneOf(index),
                    preferredLanguage: index % 2 ? "fa" : "de",
                  }),
                },
              });
            }),
          )),
        );
      }
      await publish(Topics.bookingAppointments, events);
      return events;
    },
  };
}

/** A tRPC call over HTTP as the web app makes it (GET for queries), with a staff token or none. */
export async function callTrpc(
  url: string,
  procedure: string,
  options: { token?: string; input?: unknown; kind?: "query" | "mutation" } = {},
): Promise<{ status: number; data: unknown }> {
  const headers = {
    ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    "content-type": "application/json",
  };
  const response =
    options.kind === "mutation"
      ? await fetch(`${url}/trpc/${procedure}`, {
          method: "POST",
          headers,
          body: JSON.stringify(options.input ?? null),
        })
      : await fetch(
          `${url}/trpc/${procedure}${options.input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(options.input))}`}`,
          { headers },
        );
  const body = (await response.json()) as { result?: { data: unknown } };
  return { status: response.status, data: body.result?.data };
}
