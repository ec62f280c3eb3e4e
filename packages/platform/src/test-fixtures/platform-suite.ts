import { isolatedSuite, testInfra, uniqueId } from "@counselling/testkit";
import type { Kafka } from "kafkajs";
import type { Collection, Db, MongoClient } from "mongodb";
import { createKafka } from "../kafka/create-kafka";
import { EventPublisher } from "../kafka/event-publisher";
import { OutboxRelay } from "../outbox/outbox-relay";
import { DOCUMENT_LOCKS_COLLECTION, DocumentLocks } from "../mongo/document-locks";
import { openDb, silentLogger, startCounterConsumer } from "./counter-fixture";

/** What a platform integration suite works with: its own topics and database on the real broker and database. */
export interface PlatformSuite {
  kafka: Kafka;
  client: MongoClient;
  db: Db;
  topicPrefix: string;
  publisher: EventPublisher;
  /** Registers something to stop after the current test. */
  onCleanup: (stop: () => Promise<void>) => void;
  /** A started counter consumer in a fresh group, stopped after the test. */
  startCounterConsumer: (failFor?: {
    counterId: string;
    times: number;
  }) => ReturnType<typeof startCounterConsumer>;
  /** A started relay over `collection`, stopped after the test. */
  startRelay: (collection: Collection, options?: { pollIntervalMs?: number; owner?: string }) => OutboxRelay;
}

/** Sets up the suite in beforeAll and tears it down in afterEach/afterAll; use the returned getter inside tests. */
export function usePlatformSuite(name: string): () => PlatformSuite {
  let suite: PlatformSuite | undefined;
  const cleanups: Array<() => Promise<void>> = [];

  beforeAll(async () => {
    const { topicPrefix, dbName } = await isolatedSuite(name);
    const { client, db } = await openDb(testInfra().mongoUrl, dbName);
    const kafka = createKafka({
      clientId: `${name}-test`,
      brokers: testInfra().kafkaBrokers,
      logger: silentLogger,
    });
    const publisher = new EventPublisher(kafka, topicPrefix);
    await publisher.connect();
    suite = {
      kafka,
      client,
      db,
      topicPrefix,
      publisher,
      onCleanup: (stop) => cleanups.push(stop),
      startCounterConsumer: async (failFor) => {
        const groupId = `g-${uniqueId()}`;
        const started = await startCounterConsumer({ kafka, db, topicPrefix, publisher, groupId, failFor });
        cleanups.push(() => started.consumer.stop());
        return started;
      },
      startRelay: (collection, options = {}) => {
        const relay = new OutboxRelay({
          collections: [collection],
          leases: db.collection("outbox_leases"),
          locks: DocumentLocks.on(db.collection(DOCUMENT_LOCKS_COLLECTION)),
          publisher,
          logger: silentLogger,
          pollIntervalMs: options.pollIntervalMs ?? 50,
          owner: options.owner,
        });
        relay.start();
        cleanups.push(() => relay.stop());
        return relay;
      },
    };
  });

  afterEach(async () => {
    for (const stop of cleanups.splice(0)) await stop();
  });

  afterAll(async () => {
    await suite?.publisher.disconnect();
    await suite?.client.close();
  });

  return () => {
    if (!suite) throw new Error(`suite ${name} is not set up`);
    return suite;
  };
}
