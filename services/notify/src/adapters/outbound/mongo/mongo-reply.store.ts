import {
  initialOutbox,
  isDuplicateKeyError,
  type OutboxEntry,
  type OutboxFields,
  writeWithOutboxMark,
} from "@counselling/platform";
import type { Collection } from "mongodb";
import { type ReplyRecord, type ReplyStore } from "../../../application/ports/reply-store.port";

export type ReplyDocument = ReplyRecord & OutboxFields;

/** Inbound SMS with their reply events (outbox); sender and text sealed (ADR 0011). */
export class MongoReplyStore implements ReplyStore {
  constructor(private readonly collection: Collection<ReplyDocument>) {}

  async recordOnce(reply: ReplyRecord, events: OutboxEntry[]): Promise<boolean> {
    try {
      await writeWithOutboxMark(this.collection, reply._id, events, () =>
        this.collection.insertOne({ ...reply, ...initialOutbox(events) }),
      );
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  callbackRequestsAt(locationId: string, limit: number): Promise<ReplyRecord[]> {
    return this.collection
      .find({ locationId, callbackRequested: 1, personalDataErasedAt: null }, { projection: { outbox: 0 } })
      .sort({ receivedAt: -1 })
      .limit(limit)
      .toArray();
  }
}
