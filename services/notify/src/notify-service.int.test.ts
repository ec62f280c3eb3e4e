import { Topics } from "@counselling/contracts";
import { anAppointmentBookedEvent, anAppointmentClient } from "@counselling/contracts/testing";
import {
  type CapturedProcess,
  isolatedSuite,
  startServiceProcess,
  testInfra,
  uniqueId,
  waitFor,
} from "@counselling/testkit";
import { Kafka, logLevel, type Producer } from "kafkajs";
import { type Db, MongoClient } from "mongodb";
import path from "node:path";

const kafka = () =>
  new Kafka({
    clientId: `notify-e2e-${uniqueId()}`,
    brokers: [testInfra().kafkaBrokers],
    logLevel: logLevel.NOTHING,
  });

describe("notify service killed mid-way, real broker and database", () => {
  let topicPrefix: string;
  let dbName: string;
  let client: MongoClient;
  let db: Db;
  let producer: Producer;
  const running: CapturedProcess[] = [];

  beforeAll(async () => {
    ({ topicPrefix, dbName } = await isolatedSuite("notify-e2e"));
    client = await new MongoClient(testInfra().mongoUrl, { directConnection: true }).connect();
    db = client.db(dbName);
    producer = kafka().producer();
    await producer.connect();
  });
  afterEach(() => {
    for (const service of running.splice(0)) service.child.kill("SIGKILL");
  });
  afterAll(async () => {
    await producer.disconnect();
    await client.close();
  });

  async function startNotify(env: Record<string, string>) {
    const notify = await startServiceProcess(path.join(__dirname, "main.ts"), {
      KAFKA_TOPIC_PREFIX: topicPrefix,
      MONGO_DB: dbName,
      SMS_SEND_LEASE_MS: "2000",
      SMS_RECONCILE_INTERVAL_MS: "500",
      OUTBOX_POLL_MS: "100",
      ...env,
    });
    running.push(notify);
    return notify;
  }

  async function produceBooked(count: number, phoneOf: (index: number) => string, prefix: string) {
    const events = Array.from({ length: count }, (_, index) =>
      anAppointmentBookedEvent({
        data: {
          appointmentId: `${prefix}-${index}`,
          client: anAppointmentClient({ phone: phoneOf(index), preferredLanguage: index % 2 ? "fa" : "de" }),
        },
      }),
    );
    for (let start = 0; start < events.length; start += 100) {
      await producer.send({
        topic: topicPrefix + Topics.bookingAppointments,
        messages: events
          .slice(start, start + 100)
          .map((event) => ({ key: event.subject, value: JSON.stringify(event) })),
      });
    }
    return events;
  }

  it("sends exactly 500 confirmations for 500 bookings although it is SIGKILLed half-way", async () => {
    const inbox = db.collection<{ _id: string; handedOver: number }>("dev_inbox");
    // A crashed member keeps its partitions for the session timeout: 6 s (the broker's minimum) instead
    // of 30; all 6 partitions of the topic are worked on at once (the default, 3, halves the pace).
    const quickFailover = { KAFKA_SESSION_TIMEOUT_MS: "6000", CONSUMER_PARTITIONS_CONCURRENTLY: "6" };
    const first = await startNotify(quickFailover);
    await produceBooked(500, (index) => `+49151${String(10_000_000 + index)}`, "kill");
    await waitFor(
      () => inbox.countDocuments(),
      (count) => count >= 100,
      {
        what: "the first 100 texts",
        timeoutMs: 30_000,
        intervalMs: 20,
      },
    );
    first.child.kill("SIGKILL");
    await first.exited;
    const handedOverBeforeRestart = await inbox.countDocuments();
    expect(handedOverBeforeRestart).toBeLessThan(500);

    await startNotify(quickFailover);
    await waitFor(
      async () => ({
        inbox: await inbox.countDocuments(),
        unfinished: await db.collection("messages").countDocuments({ sending: 1 }),
      }),
      (progress) => progress.inbox === 500 && progress.unfinished === 0,
      // The group waits for the killed member's session (6 s); intents it left wait for their lease (2 s).
      { what: "500 texts, none unfinished", timeoutMs: 60_000, intervalMs: 250 },
    );
    const texts = await inbox.find({}).toArray();
    expect(texts).toHaveLength(500);
    expect(texts.filter((text) => text.handedOver !== 1)).toEqual([]);
    expect(await db.collection("messages").countDocuments({ template: "confirmation", state: "sent" })).toBe(
      500,
    );
  }, 90_000);
});
