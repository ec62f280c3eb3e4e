import { isDuplicateKeyError } from "../mongo/duplicate-key";
import type { Collection } from "mongodb";

/** The collection every service keeps its consumers' markers in. */
export const PROCESSED_EVENTS_COLLECTION = "processed_events";

interface ProcessedEventDocument {
  _id: string;
  consumerGroup: string;
  eventId: string;
  appliedAt: Date;
}

/**
 * Remembers which envelope ids a consumer group has applied, so a redelivered
 * event changes nothing. The unique `_id` (group + event id) makes the marker
 * itself race-free across replicas.
 */
export class ProcessedEventStore {
  constructor(private readonly collection: Collection<ProcessedEventDocument>) {}

  private static key(consumerGroup: string, eventId: string): string {
    return `${consumerGroup}:${eventId}`;
  }

  async has(consumerGroup: string, eventId: string): Promise<boolean> {
    // A find by `_id`, not countDocuments: FerretDB v1 answers that aggregate with a scan.
    const marker = await this.collection.findOne(
      { _id: ProcessedEventStore.key(consumerGroup, eventId) },
      { projection: { _id: 1 } },
    );
    return marker !== null;
  }

  async markApplied(consumerGroup: string, eventId: string): Promise<void> {
    try {
      await this.collection.insertOne({
        _id: ProcessedEventStore.key(consumerGroup, eventId),
        consumerGroup,
        eventId,
        appliedAt: new Date(),
      });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
  }

  /**
   * Forgets markers older than `cutoff`. Keep them longer than the topics' retention:
   * a redelivery can only come from Kafka, so older markers can never match again.
   */
  async purgeAppliedBefore(cutoff: Date): Promise<number> {
    const result = await this.collection.deleteMany({ appliedAt: { $lt: cutoff } });
    return result.deletedCount;
  }
}
