/**
 * Child process for the crash test: runs a real OutboxRelay whose publisher
 * prints "published" after Kafka acknowledged the events and then hangs, i.e.
 * the process is between publish and mark when the parent SIGKILLs it.
 * argv: brokers mongoUrl dbName topicPrefix
 */
import { createKafka } from "../kafka/create-kafka";
import { EventPublisher } from "../kafka/event-publisher";
import type { OutboxEntry } from "../outbox/outbox-fields";
import { OutboxRelay } from "../outbox/outbox-relay";
import { DOCUMENT_LOCKS_COLLECTION, DocumentLocks } from "../mongo/document-locks";
import { openDb, silentLogger } from "./counter-fixture";

class PublishThenHang extends EventPublisher {
  override async publishBatch(entries: OutboxEntry[]): Promise<void> {
    await super.publishBatch(entries);
    const ids = entries.map((entry) => entry.envelope.id);
    process.stdout.write(`published ${ids.join(",")}\n`);
    await new Promise(() => undefined);
  }
}

async function main(): Promise<void> {
  const [brokers, mongoUrl, dbName, topicPrefix] = process.argv.slice(2);
  if (!brokers || !mongoUrl || !dbName || topicPrefix === undefined) throw new Error("missing arguments");
  const { db } = await openDb(mongoUrl, dbName);
  const publisher = new PublishThenHang(
    createKafka({ clientId: "crash-relay", brokers, logger: silentLogger }),
    topicPrefix,
  );
  await publisher.connect();
  const relay = new OutboxRelay({
    collections: [db.collection("aggregates")],
    leases: db.collection("outbox_leases"),
    locks: DocumentLocks.on(db.collection(DOCUMENT_LOCKS_COLLECTION)),
    publisher,
    logger: silentLogger,
    leaseMs: 2_000,
    pollIntervalMs: 50,
  });
  relay.start();
  process.stdout.write("ready\n");
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
