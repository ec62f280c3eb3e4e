import { randomUUID } from "node:crypto";
import type { Collection } from "mongodb";
import type { Logger } from "pino";
import type { EventPublisher } from "../kafka/event-publisher";
import type { OutboxFields } from "./outbox-fields";
import { type DocumentLocks, documentLockKey } from "../mongo/document-locks";
import { RelayLease } from "./relay-lease";
import { batchedDeletesFrom } from "../mongo/batched-writes";
import { outboxMarkId, outboxMarksOf, type OutboxMarkDocument } from "./outbox-marks";

const REMOVAL_PARALLELISM = 8;
/** A mark whose document does not exist yet may belong to an insert still on its way; after this it is stale. */
const MISSING_DOCUMENT_GRACE_MS = 60_000;

/** Aggregates may use string or ObjectId keys; the relay only passes them back. */
type OutboxDocument = OutboxFields & { _id: string };

export interface OutboxRelayOptions {
  /** Collections of aggregates that carry outbox fields. */
  collections: Collection[];
  /** Where replicas take turns (one small document per aggregate collection and epoch). */
  leases: Collection;
  /**
   * The per-document locks every writer of these aggregates takes (the relay's removal
   * races with business writes appending events; FerretDB can't compare-and-set, ADR 0009).
   */
  locks: DocumentLocks;
  publisher: EventPublisher;
  logger: Logger;
  pollIntervalMs?: number;
  /** How long a lease is exclusive; a crashed replica's lease lapses after it. */
  leaseMs?: number;
  /** Aggregates published per collection and round. */
  batchSize?: number;
  /**
   * How often the holder also scans the aggregates for `outboxPending` (and once at the
   * start): the safety net for a mark lost in a crash. Between sweeps it follows the marks.
   */
  sweepIntervalMs?: number;
  owner?: string;
}

/**
 * Publishes the events waiting in aggregate documents and removes them once
 * Kafka acknowledged them.
 *
 * Safe with N replicas: per aggregate collection, one replica at a time holds a
 * lease (an insert per epoch, see RelayLease) and relays; the others stand by and take
 * over when it lapses. The holder finds the documents with events waiting through
 * their marks (`outbox-marks.ts`; a scan of the aggregates only every sweep), publishes
 * all their events in one Kafka request (order per aggregate kept: key = aggregate id),
 * then removes them per document under the document's lock, keeping events appended
 * meanwhile, and clears the mark once nothing waits.
 * A crash between publish and removal republishes after takeover: consumers
 * deduplicate by envelope id. See docs/adr/0003-single-document-outbox.md.
 */
export class OutboxRelay {
  private readonly owner: string;
  private readonly pollIntervalMs: number;
  private readonly batchSize: number;
  private readonly sweepIntervalMs: number;
  /** When each collection was last swept (by collection name); absent: not yet. */
  private readonly sweptAt = new Map<string, number>();
  private readonly collections: Collection<OutboxDocument>[];
  private readonly lease: RelayLease;
  private running = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;

  constructor(private readonly options: OutboxRelayOptions) {
    this.owner = options.owner ?? `relay-${randomUUID()}`;
    this.pollIntervalMs = options.pollIntervalMs ?? 250;
    this.batchSize = options.batchSize ?? 200;
    this.sweepIntervalMs = options.sweepIntervalMs ?? 30_000;
    // The relay touches only the outbox fields, whatever else the aggregate holds.
    this.collections = options.collections as unknown as Collection<OutboxDocument>[];
    this.lease = new RelayLease(options.leases, this.owner, options.leaseMs ?? 10_000);
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Called after a local write so its events go out without waiting for the next poll. */
  nudge(): void {
    this.wake?.();
  }

  /** Stops after the current round and hands the leases on at once. */
  async stop(): Promise<void> {
    this.running = false;
    this.nudge();
    await this.loop;
    await Promise.all(
      this.collections.map((collection) => this.lease.release(leaseKey(collection)).catch(() => undefined)),
    );
  }

  /** One round over every collection whose lease this replica holds; returns the events published. */
  async drainOnce(): Promise<number> {
    let published = 0;
    for (const collection of this.collections) {
      if (!(await this.lease.tryAcquire(leaseKey(collection)))) continue;
      published += await this.relayMarked(collection);
      if (this.sweepDue(collection)) published += await this.sweep(collection);
    }
    return published;
  }

  /** Documents waiting to be published (a test aid; the metric is `outbox_backlog`). */
  async backlog(): Promise<number> {
    const counts = await Promise.all(
      this.collections.map((collection) => collection.countDocuments({ outboxPending: 1 })),
    );
    return counts.reduce((sum, count) => sum + count, 0);
  }

  private async run(): Promise<void> {
    while (this.running) {
      let published = 0;
      try {
        published = await this.drainOnce();
      } catch (error) {
        this.options.logger.warn({ err: error }, "outbox relay round failed; retrying");
      }
      if (published === 0) await this.sleep();
    }
  }

  private sleep(): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, this.pollIntervalMs);
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }

  /** The documents the marks point at: the usual way, a few small reads per round. */
  private async relayMarked(collection: Collection<OutboxDocument>): Promise<number> {
    const marks = await outboxMarksOf(collection)
      .find({ collection: collection.collectionName })
      .limit(this.batchSize)
      .toArray();
    if (marks.length === 0) return 0;
    const documents = await inChunks(marks, (mark) => collection.findOne({ _id: mark.documentId }));
    const pending: OutboxDocument[] = [];
    const idle: OutboxMarkDocument[] = [];
    marks.forEach((mark, index) => {
      const document = documents[index];
      if (document && document.outbox.length > 0) pending.push(document);
      else if (document || Date.now() - mark.at.getTime() > MISSING_DOCUMENT_GRACE_MS) idle.push(mark);
    });
    await inChunks(idle, (mark) => this.clearIdleMark(collection, mark));
    return this.publishAndRemove(collection, pending);
  }

  /** The safety net: every document with events waiting, found by a scan of the collection. */
  private async sweep(collection: Collection<OutboxDocument>): Promise<number> {
    const pending = await collection.find({ outboxPending: 1 }).limit(this.batchSize).toArray();
    // Swept clean: the next sweep after the interval; a full batch: sweep again next round.
    if (pending.length < this.batchSize) this.sweptAt.set(collection.collectionName, Date.now());
    return this.publishAndRemove(collection, pending);
  }

  private sweepDue(collection: Collection<OutboxDocument>): boolean {
    const last = this.sweptAt.get(collection.collectionName);
    return last === undefined || Date.now() - last >= this.sweepIntervalMs;
  }

  private async publishAndRemove(
    collection: Collection<OutboxDocument>,
    pending: OutboxDocument[],
  ): Promise<number> {
    if (pending.length === 0) return 0;
    await this.options.publisher.publishBatch(pending.flatMap((document) => document.outbox));
    // Bounded parallelism: FerretDB's pool deadlocks at 100 concurrent updates per database.
    await inChunks(pending, (document) => this.removePublished(collection, document));
    return pending.reduce((sum, document) => sum + document.outbox.length, 0);
  }

  /** A mark with nothing behind it, cleared under the document's lock (a writer appending now marks under it too). */
  private async clearIdleMark(
    collection: Collection<OutboxDocument>,
    mark: OutboxMarkDocument,
  ): Promise<void> {
    await this.options.locks.withLock(documentLockKey(collection, mark.documentId), async () => {
      const current = await collection.findOne({ _id: mark.documentId }, { projection: { outbox: 1 } });
      if (current && current.outbox.length > 0) return;
      await batchedDeletesFrom(outboxMarksOf(collection)).deleteById(mark._id);
    });
  }

  /** Under the document's lock, re-read and keep whatever was appended since the batch was read. */
  private async removePublished(
    collection: Collection<OutboxDocument>,
    published: OutboxDocument,
  ): Promise<void> {
    const publishedIds = new Set(published.outbox.map((entry) => entry.envelope.id));
    await this.options.locks.withLock(documentLockKey(collection, published._id), async () => {
      const current = await collection.findOne({ _id: published._id });
      if (!current) return;
      const remaining = current.outbox.filter((entry) => !publishedIds.has(entry.envelope.id));
      await collection.updateOne(
        { _id: current._id },
        { $set: { outbox: remaining, outboxPending: remaining.length > 0 ? 1 : 0 } },
      );
      if (remaining.length === 0) {
        await batchedDeletesFrom(outboxMarksOf(collection)).deleteById(outboxMarkId(collection, current._id));
      }
    });
  }
}

/** Runs `work` over `items` a few at a time, results in order. */
async function inChunks<T, R>(items: T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += REMOVAL_PARALLELISM) {
    results.push(...(await Promise.all(items.slice(start, start + REMOVAL_PARALLELISM).map(work))));
  }
  return results;
}

function leaseKey(collection: Collection<OutboxDocument>): string {
  return `outbox:${collection.collectionName}`;
}
