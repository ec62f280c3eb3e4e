import { spawn } from "node:child_process";
import path from "node:path";
import { testInfra, uniqueId, waitFor } from "@counselling/testkit";
import type { Kafka } from "kafkajs";
import { EventPublisher } from "../kafka/event-publisher";
import {
  appendEvents,
  counterEntry,
  counterValue,
  insertAggregateWithEvent,
  silentLogger,
} from "../test-fixtures/counter-fixture";
import { usePlatformSuite } from "../test-fixtures/platform-suite";
import { initialOutbox } from "./outbox-fields";
import { outboxMarksOf } from "./outbox-marks";
import { OutboxRelay } from "./outbox-relay";
import { DOCUMENT_LOCKS_COLLECTION, DocumentLocks } from "../mongo/document-locks";

describe("outbox relay on real Kafka and the real database", () => {
  const suite = usePlatformSuite("outbox");

  it("(a) publishes an event written with its state change, and the consumer applies it once even when delivered twice", async () => {
    const { db, publisher, startRelay } = suite();
    const counterId = `counter-${uniqueId()}`;
    const aggregates = db.collection("aggregates");
    const first = counterEntry(counterId, 1);
    await insertAggregateWithEvent(aggregates, first);
    // A later state change of the same aggregate appends its event in the same single-document write.
    const second = counterEntry(counterId, 10);
    await appendEvents(aggregates, counterId, { $set: { state: "changed" } }, [second]);

    const { handlerCalls } = await suite().startCounterConsumer();
    const relay = startRelay(aggregates);

    await waitFor(
      () => counterValue(db, counterId),
      (value) => value === 11,
      { what: "both events applied" },
    );
    await waitFor(
      () => relay.backlog(),
      (backlog) => backlog === 0,
      { what: "outbox drained" },
    );

    // Deliver the first event a second time, as a relay crash or a broker retry would.
    await publisher.publish(first.topic, [first.envelope]);
    const marker = counterEntry(counterId, 100);
    await publisher.publish(marker.topic, [marker.envelope]);
    await waitFor(
      () => counterValue(db, counterId),
      (value) => value === 111,
      { what: "the marker event after the duplicate" },
    );

    expect(await counterValue(db, counterId)).toBe(111);
    expect(handlerCalls(counterId)).toBe(3);
    const stored = await aggregates.findOne({ _id: counterId as never });
    expect(stored).toMatchObject({ state: "changed", outbox: [], outboxPending: 0 });
  });

  it("keeps events appended while a publish is in flight, and publishes them too", async () => {
    const { kafka, db, topicPrefix, onCleanup } = suite();
    const counterId = `counter-${uniqueId()}`;
    const aggregates = db.collection("aggregates");
    await insertAggregateWithEvent(aggregates, counterEntry(counterId, 1));
    const late = counterEntry(counterId, 5);

    class AppendDuringPublish extends EventPublisher {
      appended = false;
      override async publishBatch(batch: Parameters<EventPublisher["publishBatch"]>[0]): Promise<void> {
        await super.publishBatch(batch);
        if (!this.appended) {
          this.appended = true;
          await appendEvents(aggregates, counterId, {}, [late]);
        }
      }
    }
    const racingPublisher = new AppendDuringPublish(kafka, topicPrefix);
    await racingPublisher.connect();
    onCleanup(() => racingPublisher.disconnect());
    const relay = new OutboxRelay({
      collections: [aggregates],
      leases: db.collection("outbox_leases"),
      locks: DocumentLocks.on(db.collection(DOCUMENT_LOCKS_COLLECTION)),
      publisher: racingPublisher,
      logger: silentLogger,
    });

    // The removal keeps the event appended meanwhile (its writer marked it), and the same
    // round follows the mark and publishes it: both events out once, nothing left behind.
    expect(await relay.drainOnce()).toBe(2);
    expect(await aggregates.findOne({ _id: counterId as never })).toMatchObject({
      outbox: [],
      outboxPending: 0,
    });
    expect(await relay.drainOnce()).toBe(0);
    const copies = await countCopiesOnTopic(kafka, topicPrefix + late.topic, [late.envelope.id]);
    expect(copies.get(late.envelope.id)).toBe(1);
  });

  it("follows the writers' marks between sweeps, and a sweep finds an event whose mark was lost", async () => {
    const { db, publisher } = suite();
    // A collection (and so a lease) of its own: no other test's relay holds it.
    const aggregates = db.collection(`aggregates-${uniqueId()}`);
    const relayWith = (owner: string) =>
      new OutboxRelay({
        collections: [aggregates],
        leases: db.collection("outbox_leases"),
        locks: DocumentLocks.on(db.collection(DOCUMENT_LOCKS_COLLECTION)),
        publisher,
        logger: silentLogger,
        sweepIntervalMs: 3_600_000,
        owner,
      });
    const relay = relayWith("first");
    expect(await relay.drainOnce()).toBe(0); // the start-up sweep: nothing waits

    await insertAggregateWithEvent(aggregates, counterEntry(`counter-${uniqueId()}`, 1));
    expect(await relay.drainOnce()).toBe(1); // through its mark, long before the next sweep
    expect(await outboxMarksOf(aggregates).countDocuments({})).toBe(0);

    // A crash between a writer's two inserts: the event is stored, its mark is not.
    const unmarked = counterEntry(`counter-${uniqueId()}`, 2);
    await aggregates.insertOne({ _id: unmarked.envelope.subject as never, ...initialOutbox([unmarked]) });
    expect(await relay.drainOnce()).toBe(0);
    await relay.stop();
    // The next relay (a restart, or the sweep interval passing) finds it by the scan.
    const next = relayWith("second");
    expect(await next.drainOnce()).toBe(1);
    expect(await aggregates.findOne({ _id: unmarked.envelope.subject as never })).toMatchObject({
      outbox: [],
      outboxPending: 0,
    });
    await next.stop();
  });

  it("with two replicas relaying the same collection, publishes every event exactly once", async () => {
    const { kafka, db, topicPrefix, startRelay } = suite();
    const aggregates = db.collection("replicated_aggregates");
    const entries = Array.from({ length: 30 }, () => counterEntry(`counter-${uniqueId()}`, 1));
    for (const entry of entries) await insertAggregateWithEvent(aggregates, entry);

    const relays = ["replica-a", "replica-b"].map((owner) =>
      startRelay(aggregates, { owner, pollIntervalMs: 20 }),
    );
    await waitFor(
      () => relays[0]!.backlog(),
      (backlog) => backlog === 0,
      { what: "both relays to drain" },
    );

    const copies = await countCopiesOnTopic(
      kafka,
      topicPrefix + entries[0]!.topic,
      entries.map((entry) => entry.envelope.id),
    );
    expect([...copies.values()].every((count) => count === 1)).toBe(true);
    expect(copies.size).toBe(entries.length);
  });

  it("(d) a relay SIGKILLed between publish and mark still leads to exactly one applied effect after restart", async () => {
    const { kafka, db, topicPrefix, publisher, startRelay } = suite();
    const counterId = `counter-${uniqueId()}`;
    const aggregates = db.collection("aggregates");
    const entry = counterEntry(counterId, 7);
    await insertAggregateWithEvent(aggregates, entry);

    await suite().startCounterConsumer();

    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        path.join(__dirname, "../test-fixtures/relay-crash.child.ts"),
        testInfra().kafkaBrokers,
        testInfra().mongoUrl,
        db.databaseName,
        topicPrefix,
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise((resolve) => child.once("exit", resolve));
    await waitFor(
      () => output,
      (text) => text.includes(`published ${entry.envelope.id}`),
      {
        what: "the child relay to publish",
        timeoutMs: 30_000,
      },
    );
    child.kill("SIGKILL");
    await exited;

    // Published but never marked: the event is still in the outbox, and the effect happened once.
    expect((await aggregates.findOne({ _id: counterId as never }))?.outboxPending).toBe(1);
    await waitFor(
      () => counterValue(db, counterId),
      (value) => value === 7,
      { what: "the first delivery applied" },
    );

    // Another replica (or the restarted process) takes over once the dead one's lease lapses.
    const relay = startRelay(aggregates, { pollIntervalMs: 100 });
    await waitFor(
      () => relay.backlog(),
      (backlog) => backlog === 0,
      { what: "republish after the lease", timeoutMs: 20_000 },
    );

    // The republished duplicate was skipped: a marker event behind it proves the consumer got past it.
    const marker = counterEntry(counterId, 1000);
    await publisher.publish(marker.topic, [marker.envelope]);
    await waitFor(
      () => counterValue(db, counterId),
      (value) => value === 1007,
      { what: "the marker event" },
    );
    const copies = await countCopiesOnTopic(kafka, topicPrefix + entry.topic, [entry.envelope.id]);
    expect(copies.get(entry.envelope.id)).toBe(2);
  });
});

/** Reads the whole topic with a throwaway group and counts the messages carrying each event id. */
async function countCopiesOnTopic(
  kafka: Kafka,
  topic: string,
  eventIds: string[],
): Promise<Map<string, number>> {
  const admin = kafka.admin();
  await admin.connect();
  const offsets = await admin.fetchTopicOffsets(topic);
  await admin.disconnect();
  const remaining = new Map(offsets.map((o) => [o.partition, Number(o.high)]));
  const consumer = kafka.consumer({ groupId: `count-${uniqueId()}` });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  const wanted = new Set(eventIds);
  const copies = new Map<string, number>();
  const seen = new Map<number, number>();
  await consumer.run({
    eachMessage: async ({ partition, message }) => {
      const id = message.headers?.["event-id"]?.toString();
      if (id && wanted.has(id)) copies.set(id, (copies.get(id) ?? 0) + 1);
      seen.set(partition, Number(message.offset) + 1);
      await Promise.resolve();
    },
  });
  await waitFor(
    () => [...remaining].every(([partition, high]) => high === 0 || (seen.get(partition) ?? 0) >= high),
    (done) => done,
    { what: `reading ${topic} to its end` },
  );
  await consumer.disconnect();
  return copies;
}
