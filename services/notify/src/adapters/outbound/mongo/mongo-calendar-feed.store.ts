import { type DocumentLocks } from "@counselling/platform";
import type { Collection } from "mongodb";
import {
  type CalendarFeedRecord,
  type CalendarFeedStore,
} from "../../../application/ports/calendar-feed-store.port";
import { readCheckWrite } from "./under-document-lock";

/** Calendar feeds, `_id` = feed id; the token is only there as its hash. */
export class MongoCalendarFeedStore implements CalendarFeedStore {
  constructor(
    private readonly collection: Collection<CalendarFeedRecord>,
    private readonly locks: DocumentLocks,
  ) {}

  async create(feed: CalendarFeedRecord): Promise<void> {
    await this.collection.insertOne(feed);
  }

  activeByTokenHash(tokenHash: string): Promise<CalendarFeedRecord | null> {
    return this.collection.findOne({ tokenHash, revoked: 0 });
  }

  get(feedId: string): Promise<CalendarFeedRecord | null> {
    return this.collection.findOne({ _id: feedId });
  }

  revoke(feedId: string, by: string, at: Date): Promise<boolean> {
    return readCheckWrite(this.locks, this.collection, feedId, async (current, write) => {
      if (current?.revoked !== 0) return false;
      await write({ $set: { revoked: 1, revokedAt: at, revokedBy: by } });
      return true;
    });
  }

  ofOrganisation(organisationId: string, limit: number): Promise<CalendarFeedRecord[]> {
    return this.collection.find({ organisationId }).sort({ createdAt: -1 }).limit(limit).toArray();
  }
}
