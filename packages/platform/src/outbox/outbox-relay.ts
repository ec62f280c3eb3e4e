import { randomUUID } from "node:crypto";
import type { Collection } from "mongodb";
import type { Logger } from "pino";
import type { EventPublisher } from "../kafka/event-publisher";
import type { OutboxEntry, OutboxFields } from "./outbox-fields";

/** Aggregates may use string or ObjectId keys; the relay only passes them back. */
type OutboxDocument = OutboxFields & { _id: string };

export interface OutboxRelayOptions {
  /** Collections of aggregates that carry outbox fields. */
  collections: Collection[];
  publisher: EventPublisher;
  logger: Logger;
  pollIntervalMs?: number;
  /** How long a claim is exclusive; a crashed replica's claim lapses after it. */
  leaseMs?: number;
  /** Aggregates handled per collection and tick. */
  batchSize?: number;
  owner?: string;
}

/**
 * Publishes the events waiting in aggregate documents and removes them once
 * Kafka acknowledged them. Safe with N replicas: a document is claimed with an
 * atomic conditional update (a lease), and removal is a compare-and-set on the
 * outbox revision, so events appended meanwhile are never lost. A crash between
 * publish and removal republishes after the lease lapses: consumers deduplicate
 * by envelope id.
 */
export class OutboxRelay {
  private readonly owner: string;
  private readonly pollIntervalMs: number;
  private readonly leaseMs: number;
  private readonly batchSize: number;
  private readonly collections: Collection<OutboxDocument>[];
  private running = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;

  constructor(private readonly options: OutboxRelayOptions) {
    this.owner = options.owner ?? `relay-${randomUUID()}`;
    this.pollIntervalMs = options.pollIntervalMs ?? 250;
    this.leaseMs = options.leaseMs ?? 15_000;
    this.batchSize = options.batchSize ?? 100;
    // The relay touches only the outbox fields, whatever else the aggregate holds.
    this.collections = options.collections as unknown as Collection<OutboxDocument>[];
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

  /** Stops polling after the current round; pending work stays for the next replica. */
  async stop(): Promise<void> {
    this.running = false;
    this.nudge();
    await this.loop;
  }

  /** One pass over every collection until nothing is pending; returns the number of events published. */
  async drainOnce(): Promise<number> {
    let published = 0;
    for (const collection of this.collections) {
      for (let handled = 0; handled < this.batchSize; handled++) {
        const claimed = await this.claim(collection);
        if (!claimed) break;
        published += await this.publishAndRemove(collection, claimed);
      }
    }
    return published;
  }

  /** Documents waiting to be published (a metric and a test aid). */
  async backlog(): Promise<number> {
    const counts = await Promise.all(
      this.collections.map((collection) => collection.countDocuments({ outboxPending: true })),
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

  private async claim(collection: Collection<OutboxDocument>): Promise<OutboxDocument | null> {
    const now = new Date();
    return collection.findOneAndUpdate(
      { outboxPending: true, $or: [{ outboxLeaseUntil: null }, { outboxLeaseUntil: { $lt: now } }] },
      { $set: { outboxLeaseUntil: new Date(now.getTime() + this.leaseMs), outboxLeaseOwner: this.owner } },
      { returnDocument: "after" },
    );
  }

  private async publishAndRemove(
    collection: Collection<OutboxDocument>,
    claimed: OutboxDocument,
  ): Promise<number> {
    const entries = claimed.outbox;
    try {
      for (const [topic, envelopes] of groupConsecutiveByTopic(entries)) {
        await this.options.publisher.publish(topic, envelopes);
      }
    } catch (error) {
      await this.release(collection, claimed);
      throw error;
    }
    await this.removePublished(collection, claimed, new Set(entries.map((entry) => entry.envelope.id)));
    return entries.length;
  }

  /** Compare-and-set on the revision; if events were appended meanwhile, keep those. */
  private async removePublished(
    collection: Collection<OutboxDocument>,
    claimed: OutboxDocument,
    published: Set<string>,
  ) {
    let current: OutboxDocument | null = claimed;
    while (current) {
      const remaining = current.outbox.filter((entry) => !published.has(entry.envelope.id));
      const result = await collection.updateOne(
        { _id: current._id, outboxRevision: current.outboxRevision, outboxLeaseOwner: this.owner },
        {
          $set: {
            outbox: remaining,
            outboxPending: remaining.length > 0,
            outboxLeaseUntil: null,
            outboxLeaseOwner: null,
          },
        },
      );
      if (result.matchedCount === 1) return;
      current = await collection.findOne({ _id: current._id, outboxLeaseOwner: this.owner });
    }
    // Lease lost (we were too slow): another replica republishes; consumers deduplicate.
    this.options.logger.warn({ id: claimed._id }, "outbox lease lost before removal");
  }

  private async release(collection: Collection<OutboxDocument>, claimed: OutboxDocument): Promise<void> {
    await collection
      .updateOne(
        { _id: claimed._id, outboxLeaseOwner: this.owner },
        { $set: { outboxLeaseUntil: null, outboxLeaseOwner: null } },
      )
      .catch(() => undefined);
  }
}

/** Keeps the document's event order while batching consecutive events of one topic into one send. */
function groupConsecutiveByTopic(entries: OutboxEntry[]): Array<[string, OutboxEntry["envelope"][]]> {
  const groups: Array<[string, OutboxEntry["envelope"][]]> = [];
  for (const entry of entries) {
    const last = groups.at(-1);
    if (last?.[0] === entry.topic) last[1].push(entry.envelope);
    else groups.push([entry.topic, [entry.envelope]]);
  }
  return groups;
}
