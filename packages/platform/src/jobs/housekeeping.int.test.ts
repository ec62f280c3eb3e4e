import { isolatedSuite, testInfra } from "@counselling/testkit";
import type { Db, MongoClient } from "mongodb";
import { ProcessedEventStore } from "../consumer/processed-event-store";
import { DocumentLocks, purgeAbandonedLocks } from "../mongo/document-locks";
import { openDb } from "../test-fixtures/counter-fixture";

describe("housekeeping on the real database", () => {
  let client: MongoClient;
  let db: Db;

  beforeAll(async () => {
    const { dbName } = await isolatedSuite("housekeeping");
    ({ client, db } = await openDb(testInfra().mongoUrl, dbName));
  });

  afterAll(() => client.close());

  it("forgets consumer markers older than the retention and keeps recent ones", async () => {
    const markers = db.collection<{ _id: string; consumerGroup: string; eventId: string; appliedAt: Date }>(
      "processed_events",
    );
    const store = new ProcessedEventStore(markers);
    await markers.insertOne({
      _id: "g:old",
      consumerGroup: "g",
      eventId: "old",
      appliedAt: new Date("2026-01-01"),
    });
    await store.markApplied("g", "recent");
    expect(await store.purgeAppliedBefore(new Date(Date.now() - 30 * 86_400_000))).toBe(1);
    expect(await store.has("g", "old")).toBe(false);
    expect(await store.has("g", "recent")).toBe(true);
  });

  it("removes locks abandoned long ago, never a lock in use", async () => {
    const lockDocs = db.collection<{ _id: string; at: number }>("document_locks");
    await lockDocs.insertOne({ _id: "crashed#1", at: Date.now() - 2 * 60 * 60_000 });
    const locks = DocumentLocks.on(db.collection("document_locks"));
    await locks.withLock("busy", async () => {
      expect(
        await purgeAbandonedLocks(db.collection("document_locks"), new Date(Date.now() - 60 * 60_000)),
      ).toBe(1);
      expect(await lockDocs.countDocuments({ _id: { $regex: "^busy#" } })).toBe(1);
    });
  });
});
